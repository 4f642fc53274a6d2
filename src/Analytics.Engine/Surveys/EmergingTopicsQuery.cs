using Analytics.Engine.Access;
using Analytics.Engine.Store;

namespace Analytics.Engine.Surveys;

/// <summary>
/// Emerging topics of one form for one pair of windows: the terms that rose, and the comments each window rests on.
/// <see cref="Hidden"/> when either window has fewer comments than the survey minimum n — then no share is shown
/// («недостаточно ответов») and nothing is tested.
/// </summary>
public sealed record EmergingReport(string Window, TermWindows Windows, int NowTotal, int BeforeTotal, IReadOnlyList<EmergingTerm> Terms, int MinimumN)
{
    public bool Hidden => Suppression.Hides(NowTotal, MinimumN) || Suppression.Hides(BeforeTotal, MinimumN);
}

/// <summary>
/// The read side of emerging topics (page, job): the form's comments for the user's scope (branch narrowed, phones and
/// e-mails in the examples masked as in <see cref="CommentFeed"/>), tested by <see cref="EmergingTopics"/> over
/// <see cref="TermWindows"/>. The topic is the client's own choice, mapped to the appeal taxonomy.
/// </summary>
public sealed class EmergingTopicsQuery(AnalyticsStore store, int minimumN = Suppression.DefaultMinimumN)
{
    /// <summary>The report for <paramref name="window"/> (week or month) before <paramref name="asOf"/>; the filter's period is replaced by the windows'.</summary>
    public EmergingReport Load(BranchScope scope, SurveyFilter filter, string window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var windows = TermWindows.Of(window, asOf);
        var cut = filter with
        {
            Branch = scope.Narrow(filter.Branch),
            From = DateOnly.FromDateTime(windows.BeforeFrom), To = DateOnly.FromDateTime(windows.NowTo).AddDays(-1),
        };
        var sources = new Comments(store).Load(cut, limit: int.MaxValue)
            .Select(c => new TermSource(c.SubmittedAt, c.Topic, scope.Text(c.Text) ?? "")).ToList();
        var (now, before) = windows.Split(sources);
        var report = new EmergingReport(window, windows, now.Count, before.Count, [], minimumN);
        return report.Hidden ? report : report with { Terms = EmergingTopics.Find(sources, windows) };
    }
}
