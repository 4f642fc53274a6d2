using System.Net;
using System.Text;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Surveys;

/// <summary>The insight tables as files through the real host: the page's figures, and no number below the floor.</summary>
public class SurveyInsightExportTests
{
    private const string Password = "a-long-password-1";

    private static async Task<(HttpStatusCode Status, string Body)> Get(DashboardFactory factory, string path)
    {
        var client = await SignInClient.SignedIn(factory, "boss", Password);
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
    }

    private static DashboardFactory Host()
    {
        var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        InsightSeed.HandChecked(factory.Store);
        factory.AddUser("boss", Password, new UserRole(Roles.Executive, null));
        return factory;
    }

    [Fact]
    public async Task Csv_holds_the_hand_counted_distribution()
    {
        await using var factory = Host();
        var (status, csv) = await Get(factory, "/api/surveys/insight/questions?format=csv&form=client-satisfaction&from=2026-01-01&to=2026-01-31");

        Assert.Equal(HttpStatusCode.OK, status);
        var csat = csv.Split("\r\n").Where(l => l.StartsWith("Насколько вы довольны обслуживанием в целом?", StringComparison.Ordinal)).ToList();
        // Values 2, 3, 4, 5 with counts 1, 1, 2, 2; shares at full precision; the mean 23/6.
        Assert.Equal(["2,1", "3,1", "4,2", "5,2"], csat.Select(l => string.Join(',', l.Split(',')[1..3])));
        Assert.Contains("3.8333", csat[0]);
    }

    [Fact]
    public async Task Files_below_the_floor_say_not_enough_responses()
    {
        await using var factory = Host();
        var (_, csv) = await Get(factory, "/api/surveys/insight/questions?format=csv&form=client-satisfaction&from=2026-02-01&to=2026-02-28");
        var csat = csv.Split("\r\n").First(l => l.StartsWith("Насколько вы довольны обслуживанием в целом?", StringComparison.Ordinal));
        // The answer value "1" stays (it is a label); every figure after it is suppressed.
        Assert.All(csat.Split(',')[2..], f => Assert.Equal("недостаточно ответов", f));

        var (_, offices) = await Get(factory, "/api/surveys/insight/offices?format=csv&form=client-satisfaction&year=2026");
        Assert.Contains("недостаточно ответов", offices.Split("\r\n").First(l => l.StartsWith("Офис 21", StringComparison.Ordinal)));

        var (xlsxStatus, _) = await Get(factory, "/api/surveys/insight/months?format=xlsx&form=client-satisfaction&year=2026");
        Assert.Equal(HttpStatusCode.OK, xlsxStatus);
        var (missing, _) = await Get(factory, "/api/surveys/insight/questions?format=csv&form=nope");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }
}
