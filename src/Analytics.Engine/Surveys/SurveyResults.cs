using Analytics.Engine.Forms;
using Analytics.Engine.Statistics;

namespace Analytics.Engine.Surveys;

/// <summary>One answer value of a question: its count, share of the question's n and Wilson interval.</summary>
public sealed record ValueShare(string Value, long Count, double Share, Interval? Interval);

/// <summary>
/// One question's results: n (answered, N/A excluded), how many skipped it (drop-off), the distribution, and for
/// scales the mean (t interval) and median; for NPS, CSAT and CES questions the score with its interval.
/// <see cref="Favourable"/> is the top-box share used for trends and office comparison (rating ≥ max − 1, NPS 9–10,
/// CES ≥ 5, yes). Free-text questions carry only n.
/// </summary>
public sealed record QuestionResult(
    string Code, string TextRu, QuestionType Type, long N, long NotApplicable, long Skipped, IReadOnlyList<ValueShare> Distribution,
    MeanResult? Mean, double? Median, ScoreResult? Nps, ShareResult? Favourable)
{
    /// <summary>The Russian text of each choice code, from the form: what a reader sees instead of the stored code.</summary>
    public IReadOnlyDictionary<string, string> ChoiceTexts { get; init; } = new Dictionary<string, string>();

    /// <summary>True for questions with a numeric scale (mean and median make sense).</summary>
    public bool IsScale => Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Ces or QuestionType.Number;
}

/// <summary>Responses of one month: their count and each scored question's favourable share.</summary>
public sealed record MonthResult(DateOnly Month, long Responses, IReadOnlyDictionary<string, ShareResult> Favourable);

/// <summary>One office against the rest of the scope on one question's favourable share (BH-adjusted two-proportion test).</summary>
public sealed record OfficeComparison(string OfficeCode, ShareResult Favourable, double? Difference, double? PAdjusted)
{
    /// <summary>+1 significantly above the rest, −1 below, 0 no evidence (q &lt; 0.05 after Benjamini–Hochberg).</summary>
    public int Verdict => PAdjusted is < 0.05 && Difference is { } d ? Math.Sign(d) : 0;
}

/// <summary>
/// A form's results over a filter: responses, completion (share answering every unconditional required question),
/// per-question results, monthly trend and per-office comparison of the chosen question. <see cref="MinimumN"/> is the
/// suppression floor in force (see <see cref="Suppression"/>).
/// </summary>
public sealed record SurveyResults(
    SurveyFilter Filter, string FormTitleRu, long Responses, long Complete, IReadOnlyList<QuestionResult> Questions,
    IReadOnlyList<MonthResult> Months, string? ComparedQuestion, IReadOnlyList<OfficeComparison> Offices, int MinimumN)
{
    /// <summary>Partial responses abandoned in the filter (started, never submitted): they lower <see cref="Completion"/> only.</summary>
    public long Abandoned { get; init; }

    /// <summary>Completed responses over everything started: responses plus abandoned partials.</summary>
    public ShareResult? Completion => Responses + Abandoned == 0 ? null
        : new ShareResult((double)Complete / (Responses + Abandoned), Responses + Abandoned, Complete, Proportion.Wilson(Complete, Responses + Abandoned));

    /// <summary>The form's (first) NPS question's score, or null.</summary>
    public ScoreResult? Nps => Questions.FirstOrDefault(q => q.Nps is not null)?.Nps;

    /// <summary>True when a figure resting on <paramref name="n"/> responses is hidden.</summary>
    public bool Hides(long n) => Suppression.Hides(n, MinimumN);
}
