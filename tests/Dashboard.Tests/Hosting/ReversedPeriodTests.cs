using System.Net;
using Dashboard.Filters;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Hosting;

/// <summary>D20: a period asked for back to front is refused with both dates named, by the shared filter parsing.</summary>
public class ReversedPeriodTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public void Parse_RefusesAReversedPeriod_NamingBothDates()
    {
        var filter = DashboardFilter.Parse(k => k switch { "from" => "2027-05-01", "to" => "2026-01-01", _ => null });

        Assert.Null(filter.From);
        Assert.Null(filter.To);
        var message = filter.ReversedMessage(new System.Globalization.CultureInfo("ru-RU"));
        Assert.Contains("01.05.2027", message);
        Assert.Contains("01.01.2026", message);
        Assert.StartsWith("Период не принят", message);
    }

    [Fact]
    public void Parse_KeepsAPeriodInOrder()
    {
        var filter = DashboardFilter.Parse(k => k switch { "from" => "2026-01-01", "to" => "2026-01-01", _ => null });

        Assert.Equal(new DateOnly(2026, 1, 1), filter.From);
        Assert.Null(filter.ReversedMessage(new System.Globalization.CultureInfo("ru-RU")));
    }

    [Fact]
    public async Task Api_AnswersReversedPeriodWith400NamingBothDates()
    {
        await using var factory = new DashboardFactory();
        factory.AddUser("someone", Password, new UserRole(Roles.Executive, null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);

        var response = await client.GetAsync("/api/appeals?from=2027-05-01&to=2026-01-01", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("01.05.2027", body);
        Assert.Contains("01.01.2026", body);
    }
}
