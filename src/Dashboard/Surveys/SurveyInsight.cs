using Analytics.Engine.Store;
using Analytics.Engine.Surveys;
using Dashboard.Access;
using Dashboard.Filters;
using Microsoft.Extensions.Options;

namespace Dashboard.Surveys;

/// <summary>
/// The Surveys insight pages' data: the Engine's survey queries (no SQL here) for the page filter and the user's scope,
/// with the survey minimum-n from <c>Surveys:MinimumN</c>. The period defaults to this year, as on the Surveys page.
/// </summary>
public sealed class SurveyInsight(AnalyticsStore store, IOptions<SurveyOptions> options, TimeProvider clock, Analytics.Engine.Time.DisplayTime time,
    Analytics.Engine.Compliance.AppealDeadlines deadlines)
{
    public const FilterFields Applies = FilterFields.Period | FilterFields.Branch | FilterFields.Office | FilterFields.Channel;
    public const string DefaultForm = "client-satisfaction";

    public int MinimumN => options.Value.MinimumN;

    public IReadOnlyList<(string Code, string TitleRu)> Forms() => new SurveyResultsQuery(store, MinimumN).Forms();

    public SurveyFilter Filter(DashboardFilter filter, UserScope scope, string? form)
    {
        filter = filter.Only(Applies).For(scope);
        var year = clock.GetLocalNow().Year;
        var from = filter.From ?? new DateOnly(filter.To?.Year ?? year, 1, 1);
        var to = filter.To ?? new DateOnly(filter.From?.Year ?? year, 12, 31);
        return new SurveyFilter(string.IsNullOrWhiteSpace(form) ? DefaultForm : form, from, to, filter.Branch, filter.Office, filter.Channel);
    }

    /// <summary>The form's results, or null when the form is not a published questionnaire of the store.</summary>
    public SurveyResults? Results(SurveyFilter filter, string? compare = null)
    {
        try { return new SurveyResultsQuery(store, MinimumN, options.Value.PartialAbandonedHours, clock).Load(filter, compare); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>One page of the comment feed for this user (branch narrowed, personal data masked by the Engine), or the refusal of bad input.</summary>
    public (CommentFeedPage? Page, string? Error) Comments(SurveyFilter filter, UserScope scope, CommentQuery query)
    {
        try { return (new CommentFeed(store, MinimumN).Load(scope, filter, query), null); }
        catch (ArgumentException e) { return (null, e.Message); }
    }

    /// <summary>Emerging topics of one window pair (week or month before <paramref name="asOf"/>) for this user, or the refusal of bad input.</summary>
    public (EmergingReport? Report, string? Error) Topics(SurveyFilter filter, UserScope scope, string window, DateOnly asOf)
    {
        try { return (new EmergingTopicsQuery(store, MinimumN).Load(scope, filter, window, asOf), null); }
        catch (ArgumentException e) { return (null, e.Message); }
    }

    /// <summary>The day the topic windows end before: <c>asof</c> from the address, else today (Moscow).</summary>
    public DateOnly AsOf(string? asOf) => DashboardFilter.ParseDate(asOf) ?? time.Today;

    /// <summary>Linked experience (wait and deadline gaps) of the form for this user; none when the form is not published.</summary>
    public IReadOnlyList<ScoreGap> Linked(SurveyFilter filter, UserScope scope)
    {
        try { return new LinkedExperience(store, deadlines, MinimumN).Load(scope, filter, time.Today); }
        catch (ArgumentException) { return []; }
    }

    /// <summary>The sentence of a significant gap, with its interval and both n; null when the gap is hidden or not significant.</summary>
    public static string? Sentence(ScoreGap gap, Localization.Ui t)
    {
        if (!gap.Significant) return null;
        string N(double v) => Analytics.Engine.Vocabulary.Numbers.Decimal(v);
        return string.Format(System.Globalization.CultureInfo.CurrentUICulture, t[gap.Kind == ScoreGap.Wait ? "Linked.Wait" : "Linked.Deadline"],
            Analytics.Engine.Vocabulary.Numbers.Decimal(gap.NormMinutes, 0), N(gap.Gap!.Difference), N(gap.Gap.Interval.Lower), N(gap.Gap.Interval.Upper),
            gap.NBeyond.ToString("N0", System.Globalization.CultureInfo.CurrentUICulture), gap.NWithin.ToString("N0", System.Globalization.CultureInfo.CurrentUICulture));
    }

    public DriverResults? Drivers(SurveyFilter filter, string? target = null)
    {
        try { return new KeyDrivers(store, MinimumN).Load(filter, target); }
        catch (ArgumentException) { return null; }
    }
}
