using Analytics.Engine.Actions;
using Analytics.Engine.Demo;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

/// <summary>D24: the demo holds a handful of realistic corrective actions — measures as titles, owners who are users named by ФИО, some overdue.</summary>
public class ActionDemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Demo_OpensSixActions_WithMeasuresOwnersAndSomeOverdue()
    {
        using var temp = new TempStore();
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.01, Seed = 7, Today = Today, Now = Today.ToDateTime(new TimeOnly(12, 0)) },
            null, TestContext.Current.CancellationToken);

        // Client cases (ADR 0027) are corrective actions of their own kind with a demo of their own (CaseDemoGeneratorTests).
        var actions = new CorrectiveActionService(temp.Store).List(new ActionFilter()).Where(a => a.Source != ActionSource.ClientCase).ToList();

        Assert.Equal(6, actions.Count);
        // Owners are users (#18): a login of an Auditor account, shown by its ФИО wherever an owner is printed.
        var users = new Analytics.Engine.Users.UserStore(temp.Store).List().ToDictionary(u => u.UserName);
        Assert.All(actions, a => Assert.Contains(users[a.Owner!].Roles, r => r.Role == "Auditor"));
        var names = new Analytics.Engine.Users.PersonNames(temp.Store);
        Assert.All(actions, a => Assert.Matches(@"^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$", names.Of(a.Owner)));
        Assert.All(actions, a => Assert.Matches(@"^[А-ЯЁ][а-яё]+ .*[а-яё]", a.Title));                       // a measure in Russian, no code
        Assert.All(actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Description)));
        Assert.InRange(actions.Count(a => a.IsOverdue(Today)), 2, 4);
        Assert.Contains(actions, a => a.Source == ActionSource.Complaint && a.Description!.StartsWith("Жалоба " + a.SourceRef));
        Assert.Contains(actions, a => a.Source == ActionSource.AuditItem && a.Title.StartsWith("Устранить нарушение: "));
        Assert.Contains(actions, a => a.Status == ActionStatus.Verified);
        Assert.All(actions, a => Assert.True(DateOnly.FromDateTime(a.CreatedAt) <= Today, "no action opened after today"));

        using var c = temp.Store.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM corrective_action_event WHERE happened_at > TIMESTAMP '2026-11-24 09:00:00'"));
        var verified = actions.Single(a => a.Status == ActionStatus.Verified);
        Assert.Equal(["open", "in_progress", "done", "verified"],
            c.Query<string>("SELECT to_status FROM corrective_action_event WHERE action_id = $id ORDER BY seq", new { id = verified.Id }));

        // A second run (first start twice) adds nothing.
        Assert.Equal(0, ActionDemoGenerator.Generate(temp.Store, Today, DateTime.UtcNow));
    }
}
