using Analytics.Engine.Access;
using Analytics.Engine.Compliance;
using Analytics.Engine.Demo;
using Analytics.Engine.Surveys;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Demo;

/// <summary>The demo's linked responses carry a real signal: clients who waited beyond the norm rate lower, significantly.</summary>
public class LinkedSurveyDemoTests
{
    [Fact]
    public void Demo_LinksResponsesToTicketsAndReplies_WithLowerScoresBeyondTheNorms()
    {
        using var temp = new TempStore();
        var today = new DateOnly(2026, 11, 24);
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.05, Seed = 7, Today = today }, ct: TestContext.Current.CancellationToken);

        var gaps = new LinkedExperience(temp.Store, new AppealDeadlines(temp.Store))
            .Load(BranchScope.Company, new SurveyFilter("client-satisfaction", today.AddYears(-1), today), today);

        var wait = gaps.Single(g => g.Kind == ScoreGap.Wait);
        Assert.True(wait.NWithin + wait.NBeyond >= 20, $"{wait.NWithin}+{wait.NBeyond} linked tickets");
        Assert.True(wait.Significant, $"wait gap {wait.Gap?.Difference} [{wait.Gap?.Interval.Lower}; {wait.Gap?.Interval.Upper}], n {wait.NWithin}/{wait.NBeyond}");
        var deadline = gaps.Single(g => g.Kind == ScoreGap.Deadline);
        Assert.True(deadline.NWithin + deadline.NBeyond >= 20, $"{deadline.NWithin}+{deadline.NBeyond} linked replies");
    }
}
