namespace Analytics.Engine.Reports.Data;

/// <summary>
/// A satisfaction score with its n and 95 % interval, computed from a histogram of answers: NPS = %9–10 − %0–6
/// (interval from the multinomial variance), CSAT = share of 4–5 (Wilson), CES = mean of 1–7 (normal
/// approximation, t ≈ z for the sample sizes surveys have). Null value when n = 0. Mirrors
/// <c>Statistics.SatisfactionScores</c> (branch <c>stats</c>); switch to it when that lands on main.
/// </summary>
public sealed record SurveyScore(string Name, double? Value, long N, double? Lower, double? Upper, string Unit)
{
    private const double Z = 1.959963984540054;

    public static SurveyScore Nps(IEnumerable<SurveyBucket> buckets)
    {
        var list = buckets.Where(b => b.Value is >= 0 and <= 10).ToList();
        var n = list.Sum(b => b.N);
        if (n == 0) return new("NPS", null, 0, null, null, "");
        var promoters = (double)list.Where(b => b.Value >= 9).Sum(b => b.N) / n;
        var detractors = (double)list.Where(b => b.Value <= 6).Sum(b => b.N) / n;
        var value = promoters - detractors;
        var variance = (promoters + detractors - value * value) / n;
        var half = Z * Math.Sqrt(variance);
        return new("NPS", value * 100, n, Math.Max(-1, value - half) * 100, Math.Min(1, value + half) * 100, "");
    }

    public static SurveyScore Csat(IEnumerable<SurveyBucket> buckets)
    {
        var list = buckets.Where(b => b.Value is >= 1 and <= 5).ToList();
        var n = list.Sum(b => b.N);
        var positive = list.Where(b => b.Value >= 4).Sum(b => b.N);
        var interval = ReportMath.Wilson(positive, n);
        return new("CSAT", ReportMath.Share(positive, n) * 100, n, interval?.Lower * 100, interval?.Upper * 100, "%");
    }

    public static SurveyScore Ces(IEnumerable<SurveyBucket> buckets)
    {
        var list = buckets.Where(b => b.Value is >= 1 and <= 7).ToList();
        var n = list.Sum(b => b.N);
        if (n == 0) return new("CES", null, 0, null, null, "");
        var mean = list.Sum(b => (double)b.Value * b.N) / n;
        if (n == 1) return new("CES", mean, 1, null, null, "");
        var variance = list.Sum(b => b.N * Math.Pow(b.Value - mean, 2)) / (n - 1);
        var half = Z * Math.Sqrt(variance / n);
        return new("CES", mean, n, mean - half, mean + half, "");
    }
}
