namespace Analytics.Engine.Indicators;

/// <summary>How a measure's counts become a value.</summary>
public enum MeasureKind
{
    /// <summary>successes / n, in 0…1; Wilson interval.</summary>
    Proportion,
    /// <summary>Σ wᵢ·scoreᵢ / Σ wᵢ (successes / extra) over n applicable answers; Wilson interval on n.</summary>
    WeightedShare,
    /// <summary>NPS = (promoters − detractors) / n × 100 (successes = promoters, extra = detractors), −100…100.</summary>
    NetScore,
    /// <summary>A value entered per scope and year (table <c>criterion_fact</c>); no interval.</summary>
    Manual,
    /// <summary>Mean Σx / n (successes = Σx, extra = Σx²); normal interval on the sample variance.</summary>
    Mean,
}

/// <summary>A measure a criterion can name: the counts SQL computes it per unit × month.</summary>
/// <remarks>
/// <see cref="NormFrom"/>: the measure is judged against a norm of the methodology's <c>norms</c> block (one home for
/// the number), so a criterion naming it needs no norm of its own.
/// </remarks>
public sealed record MeasureInfo(string Id, MeasureKind Kind, string Description, bool PerCriterion = false,
    Func<Methodology.ComplianceNorms, double>? NormFrom = null);

/// <summary>
/// Every measure the counts SQL (<c>IndicatorCounts.sql</c>) computes. Form measures are per criterion: their
/// counts are keyed <c>measure:criterionId</c> over the items mapped to that criterion in <c>form_item_criterion</c>.
/// </summary>
public static class MeasureCatalog
{
    public static IReadOnlyList<MeasureInfo> All { get; } =
    [
        new("appeals.onTime", MeasureKind.Proportion, "Appeals answered by their norm due date (after one extension within its limit) / appeals answered or past due"),
        new("appeals.extensionWithinLimit", MeasureKind.Proportion, "Extended appeals whose new date is within the extension limit / extended appeals"),
        new("appeals.registeredInTime", MeasureKind.Proportion, "Appeals registered and handed over within norms.registration of receipt / appeals with a registration time (001 §2.2.4); appeals without one are counted apart, never timed from receipt"),
        new("appeals.replyChannelKept", MeasureKind.Proportion, "Appeals answered by the channel the client chose / appeals whose register carries the chosen and the used reply channel (002 §9.8)"),
        new("appeals.poorQuality", MeasureKind.Proportion, "Appeals alleging poor quality of transmission or customer service / all appeals (form 2.3, 2.1)"),
        new("appeals.withMeasures", MeasureKind.Proportion, "Appeals with at least one measure taken / all appeals (form 2.3, 2.2)"),
        new("appeals.repeatDissatisfaction", MeasureKind.Proportion, "Complaints of the same consumer within N working days after a measure's completion / all appeals (form 2.3, 2.3)"),
        new("controlCalls.satisfied", MeasureKind.Proportion, "Control calls where the consumer was reached and satisfied / reached with an answer"),
        new("queue.waitWithinNorm", MeasureKind.Proportion, "Queue tickets called within the waiting norm / tickets called (extra = Σ waiting seconds)"),
        new("queue.receptionWithinNorm", MeasureKind.Proportion, "Receptions finished within the reception norm / receptions finished (extra = Σ seconds)"),
        new("queue.totalWithinNorm", MeasureKind.Proportion, "Visits whose total time is within the norm / visits finished (extra = Σ seconds)"),
        new("queue.meanWait", MeasureKind.Mean, "Mean queue waiting in minutes (001 §2.1.5 gives an average)", NormFrom: n => n.QueueWaitMinutes),
        new("queue.meanReception", MeasureKind.Mean, "Mean reception time in minutes (001 §2.1.5 gives an average)", NormFrom: n => n.ReceptionMinutes),
        new("calls.answeredWithinNorm", MeasureKind.Proportion, "Calls answered within the methodology's answer norm / calls offered, over calls and intervals comparable with the norm"),
        new("calls.meanSearch", MeasureKind.Mean, "Mean client-data search time in seconds, over calls that carry it"),
        new("calls.meanAfterCall", MeasureKind.Mean, "Mean post-processing (after-call work) time in seconds, over calls that carry it"),
        new("calls.abandoned", MeasureKind.Proportion, "Calls abandoned / calls offered"),
        new("forms.checklist", MeasureKind.WeightedShare, "Weighted checklist score of the mapped items (N/A excluded)", PerCriterion: true),
        new("forms.csat", MeasureKind.Proportion, "Share of 4–5 on the mapped 1–5 rating items", PerCriterion: true),
        new("forms.nps", MeasureKind.NetScore, "NPS of the mapped 0–10 items", PerCriterion: true),
        new("forms.ces", MeasureKind.Proportion, "Share of 5–7 on the mapped 1–7 effort items", PerCriterion: true),
        new("manual", MeasureKind.Manual, "A value entered per scope and year (criterion_fact)"),
    ];

    private static readonly Dictionary<string, MeasureInfo> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static bool IsKnown(string id) => ById.ContainsKey(id);

    /// <summary>
    /// Counts key of the interval statistics left out of <c>calls.answeredWithinNorm</c> because their threshold is
    /// not the methodology's and they carry no wait distribution (successes = calls, n = intervals, extra = threshold).
    /// </summary>
    public const string CallsNotComparable = "calls.notComparable";

    /// <summary>
    /// Counts key of the appeals left out of <c>appeals.registeredInTime</c> because the register has no registration
    /// time (successes = such appeals, n = all appeals): reported «нет времени регистрации», never defaulted to receipt.
    /// </summary>
    public const string NoRegistration = "appeals.noRegistration";

    public static MeasureInfo Get(string id) =>
        ById.TryGetValue(id, out var m) ? m : throw new ArgumentException($"Unknown measure '{id}'.", nameof(id));

    /// <summary>The key of the counts row that feeds <paramref name="criterionId"/>.</summary>
    public static string CountKey(string measureId, string criterionId) =>
        Get(measureId).PerCriterion ? $"{measureId}:{criterionId}" : measureId;
}
