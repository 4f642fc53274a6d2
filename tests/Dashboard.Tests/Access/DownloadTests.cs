using System.Net;
using System.Text;
using Dapper;
using Dashboard.Access;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Access;

public class DownloadTests
{
    private const string Password = "a-long-password-1";

    private static async Task<(DashboardFactory Factory, HttpClient Client)> Host(string role, string? branch = null)
    {
        var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
        {
            // Received 60 days ago: past the Standard's deadline (the overdue list judges by the norm, not the register).
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES
                    ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                    ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, consumer_phone, channel, kind,
                    received_at, registered_at, due_at, status)
                VALUES ('A-1', 'O01', 'individual', 'Иванов Иван', '+79001234567', 'email', 'complaint', $r, $r, $d, 'open'),
                       ('A-2', 'O21', 'individual', 'Петров Пётр', '+79007654321', 'email', 'complaint', $r, $r, $d, 'open');
                """, new { r = DateTime.Now.AddDays(-60), d = DateTime.Now.AddDays(-2) });
        }
        factory.AddUser("someone", Password, new UserRole(role, branch));
        return (factory, await SignInClient.SignedIn(factory, "someone", Password));
    }

    [Fact]
    public async Task Report_IsDownloadedAndLogged_ForExecutive()
    {
        var (factory, client) = await Host(Roles.Executive);
        await using var _ = factory;

        var response = await client.GetAsync("/api/reports/annual?year=2024", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var entry = Assert.Single(factory.Service<AccessLog>().Recent());
        Assert.Equal(("someone", "report", "annual", (string?)null), (entry.UserName, entry.Action, entry.What, entry.ScopeCode));
    }

    [Fact]
    public async Task Report_IsRefused_ForBranchManagerAskingForAnotherBranch()
    {
        var (factory, client) = await Host(Roles.BranchManager, "B01");
        await using var _ = factory;
        var ct = TestContext.Current.CancellationToken;

        var other = await client.GetAsync("/api/reports/annual?year=2024&unit=B02", ct);
        var own = await client.GetAsync("/api/reports/quarterly?year=2024&quarter=4", ct);

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("B01", Assert.Single(factory.Service<AccessLog>().Recent()).ScopeCode);
    }

    [Fact]
    public async Task Report_NamesTheProblem_WhenQuarterIsMissing()
    {
        var (factory, client) = await Host(Roles.Admin);
        await using var _ = factory;

        var response = await client.GetAsync("/api/reports/quarterly?year=2024", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quarter", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Report_IsNotFound_ForUnknownUnit()
    {
        var (factory, client) = await Host(Roles.Admin);
        await using var _ = factory;

        var response = await client.GetAsync("/api/reports/declaration?year=2024&unit=NOPE", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(factory.Service<AccessLog>().Recent());
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Designer, true)]
    [InlineData(Roles.Executive, false)]
    [InlineData(Roles.Auditor, false)]
    public async Task Export_ShowsPersonalData_OnlyToRolesAllowedToSeeIt(string role, bool sees)
    {
        var (factory, client) = await Host(role);
        await using var _ = factory;

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/appeals/overdue?format=csv", TestContext.Current.CancellationToken));

        Assert.Contains("A-1", csv);
        Assert.Equal(sees, csv.Contains("Иванов Иван", StringComparison.Ordinal));
        Assert.Equal(sees, csv.Contains("+79001234567", StringComparison.Ordinal));
        Assert.Equal("export", Assert.Single(factory.Service<AccessLog>().Recent()).Action);
    }

    [Fact]
    public async Task Export_HoldsBranchManagerToOwnBranch_EvenWhenAskingForAnother()
    {
        var (factory, client) = await Host(Roles.BranchManager, "B02");
        await using var _ = factory;

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/appeals/overdue?format=csv&branch=B01", TestContext.Current.CancellationToken));

        Assert.Contains("A-2", csv);
        Assert.DoesNotContain("A-1", csv);
    }
}
