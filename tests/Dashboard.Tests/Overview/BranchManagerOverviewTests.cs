using System.Text.RegularExpressions;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Overview;

/// <summary>D5: a branch manager's Overview shows their branch only — no other branch's name, offices or counts, no store inventory.</summary>
public sealed partial class BranchManagerOverviewTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task BranchManager_Overview_HoldsNoOtherBranch()
    {
        await using var factory = new DashboardFactory();
        Seed(factory);
        factory.AddUser("bm", Password, new UserRole(Roles.BranchManager, "B01"));
        factory.AddUser("director", Password, new UserRole(Roles.Executive, null));
        var ct = TestContext.Current.CancellationToken;

        using var bm = await SignInClient.SignedIn(factory, "bm", Password);
        var html = await bm.GetStringAsync("/?year=2025", ct);
        using var director = await SignInClient.SignedIn(factory, "director", Password);
        var company = await director.GetStringAsync("/?year=2025", ct);

        Assert.Contains("data-test=\"overview-cards\"", html);
        foreach (var other in new[] { "Филиал Южный", "Офис Южный-1", "O21" })
            Assert.DoesNotContain(other, html);
        Assert.DoesNotContain("table-counts", html);   // the inventory is /admin/store now
        Assert.DoesNotContain("store.duckdb", html);
        // The cards count the manager's 7 appeals, never the company's 20: every count the director's cards show
        // (an indicator's n sums its criteria, e.g. deadline and registration: 2 × 20) is 7/20 of it for the manager.
        var companyCounts = Counts(company).Where(n => n != "0").ToList();
        Assert.NotEmpty(companyCounts);
        foreach (var n in companyCounts)
        {
            Assert.DoesNotContain(n, Counts(html));
            Assert.Contains((int.Parse(n) * 7 / 20).ToString(), Counts(html));
        }
    }

    /// <summary>The n of every overview card.</summary>
    private static IReadOnlyList<string> Counts(string html) =>
        [.. N().Matches(html).Select(m => m.Groups[1].Value.Trim())];

    [GeneratedRegex("data-test=\"n\"[^>]*>([^<]*)<")]
    private static partial Regex N();

    private static void Seed(DashboardFactory factory)
    {
        using var c = factory.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал Северный'), ('B02', 'branch', 'C', 'Филиал Южный'),
                ('O01', 'office', 'B01', 'Офис Северный-1'), ('O21', 'office', 'B02', 'Офис Южный-1');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, due_at, answered_at, status)
            SELECT 'A-' || i, CASE WHEN i <= 7 THEN 'O01' ELSE 'O21' END, 'individual', 'email', 'complaint',
                   TIMESTAMP '2025-03-01 10:00' + to_days(i), TIMESTAMP '2025-03-01 10:00' + to_days(i),
                   TIMESTAMP '2025-03-20 10:00' + to_days(i), TIMESTAMP '2025-03-05 10:00' + to_days(i), 'answered'
            FROM range(1, 21) t(i);
            """);
    }
}
