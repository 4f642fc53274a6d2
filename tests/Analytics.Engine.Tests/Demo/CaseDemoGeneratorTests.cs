using Analytics.Engine.Actions;
using Analytics.Engine.Cases;
using Analytics.Engine.Compliance;
using Analytics.Engine.Demo;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Demo;

/// <summary>The demo's client cases (ADR 0027): a few open, one escalated, some closed after control calls; ФИО owners.</summary>
public class CaseDemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Demo_OpensCases_SomeClosedByControlCallsAndOneEscalated()
    {
        using var temp = new TempStore();
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.01, Seed = 7, Today = Today, Now = Today.ToDateTime(new TimeOnly(12, 0)) },
            null, TestContext.Current.CancellationToken);
        var actions = new CorrectiveActionService(temp.Store);

        var cases = new CaseService(temp.Store, actions, new AppealDeadlines(temp.Store), new CaseOptions()).List(new CaseFilter(), Today);

        Assert.InRange(cases.Count, 4, 6);
        Assert.Equal(2, cases.Count(c => c.State == "closed" && c.Status == ActionStatus.Verified));
        Assert.All(cases.Where(c => c.State == "closed"), c => Assert.Equal(VerificationKind.ControlCall, actions.Get(c.Id)!.Verification));
        Assert.Single(cases, c => c.EscalationLevel == 1 && c.State != "closed");
        Assert.InRange(cases.Count(c => c.State == "open"), 3, 4);
        // Owners are users (#18): a login the store knows, named by ФИО through the one rule.
        var names = new Analytics.Engine.Users.PersonNames(temp.Store).All();
        Assert.All(cases, c => Assert.True(names.ContainsKey(c.Owner!), $"{c.Owner} is not a user"));
        Assert.All(cases, c => Assert.Matches(@"^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$", Analytics.Engine.Users.PersonNames.Of(names, c.Owner)));
        Assert.Contains(cases, c => c.Trigger == CaseTriggers.Detractor);
        Assert.Equal(0, CaseDemoGenerator.Generate(temp.Store, Analytics.Engine.Calendar.ProductionCalendar.Default, DateTime.UtcNow));
    }
}
