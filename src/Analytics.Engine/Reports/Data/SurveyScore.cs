using Analytics.Engine.Statistics;

namespace Analytics.Engine.Reports.Data;

/// <summary>
/// A satisfaction score with its n and 95 % interval, as printed: NPS in points, CSAT in percent, CES as a mean.
/// The arithmetic is <see cref="SatisfactionScores"/>'s; this only feeds it the answer histogram of the store.
/// </summary>
public sealed record SurveyScore(string Name, double? Value, long N, double? Lower, double? Upper, string Unit)
{
    /// <summary>True when the figure rests on fewer responses than the survey minimum n and must not be shown.</summary>
    public bool Suppressed { get; init; }

    /// <summary>
    /// The score as it may be shown: below the minimum n (<see cref="Surveys.Suppression"/>, the one rule) value and
    /// interval are withheld and <see cref="Suppressed"/> is set, so a page or file shows «недостаточно ответов».
    /// No responses at all stay "no data".
    /// </summary>
    public SurveyScore Floor(int minimumN) =>
        N > 0 && Surveys.Suppression.Hides(N, minimumN) ? this with { Value = null, Lower = null, Upper = null, Suppressed = true } : this;

    public static SurveyScore Nps(IEnumerable<SurveyBucket> buckets)
    {
        var r = SatisfactionScores.Nps(Expand(buckets, 0, 10));
        return new("NPS", r?.Value, r?.N ?? 0, r?.Interval?.Lower, r?.Interval?.Upper, "");
    }

    public static SurveyScore Csat(IEnumerable<SurveyBucket> buckets)
    {
        var r = SatisfactionScores.Csat(Expand(buckets, 1, 5));
        return new("CSAT", r?.Value * 100, r?.N ?? 0, r?.Interval?.Lower * 100, r?.Interval?.Upper * 100, "%");
    }

    public static SurveyScore Ces(IEnumerable<SurveyBucket> buckets)
    {
        var r = SatisfactionScores.Ces(Expand(buckets, 1, 7));
        return new("CES", r?.Mean, r?.N ?? 0, r?.Interval?.Lower, r?.Interval?.Upper, "");
    }

    /// <summary>Answers outside the scale are left out here; the survey forms validate the scale on entry.</summary>
    private static List<int> Expand(IEnumerable<SurveyBucket> buckets, int min, int max) =>
        buckets.Where(b => b.Value >= min && b.Value <= max).SelectMany(b => Enumerable.Repeat(b.Value, (int)b.N)).ToList();
}
