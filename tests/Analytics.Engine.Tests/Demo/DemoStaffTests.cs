using Analytics.Engine.Demo;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Users;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

/// <summary>
/// #15 item 1 and #18: the demo's auditors and owners are people — users with a ФИО — so its audits, acts, records,
/// actions and cases name them as they name real staff, never by a made-up login such as «auditor-ESZ-SPB».
/// </summary>
public class DemoStaffTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Demo_AuditsAreFilledByAuditorsWhoAreUsers_OnePerBranch()
    {
        using var temp = new TempStore();
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.01, Seed = 7, Today = Today, Now = Today.ToDateTime(new TimeOnly(12, 0)) },
            null, TestContext.Current.CancellationToken);

        using var c = temp.Store.Open();
        var auditors = c.Query<string>("SELECT DISTINCT auditor FROM submission WHERE source = 'demo' AND auditor IS NOT NULL ORDER BY 1").ToList();
        var users = new UserStore(temp.Store).List().ToDictionary(u => u.UserName);
        var names = new PersonNames(temp.Store);

        Assert.InRange(auditors.Count, 2, 7);   // a small demo may lack a branch's audits; never more than branches + website
        Assert.All(auditors, a => Assert.Contains(users[a].Roles, r => r.Role == "Auditor"));
        Assert.All(auditors, a => Assert.Matches(@"^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$", names.Of(a)));
        // Each auditor is assigned the offices of their branch, and the offices they audited are among them.
        foreach (var a in auditors.Where(a => a != DemoStaff.AuditorOf(null).Login))
            Assert.Equal(0, c.ExecuteScalar<long>("""
                SELECT count(*) FROM submission s WHERE s.source = 'demo' AND s.auditor = $a AND s.office_code IS NOT NULL
                  AND s.office_code NOT IN (SELECT office_code FROM auditor_assignment WHERE auditor = $a)
                """, new { a }));
        // Generating again adds no second account.
        Assert.Equal(0, DemoStaff.EnsureAccounts(temp.Store, DateTime.UtcNow));
    }
}
