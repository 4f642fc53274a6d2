using Analytics.Engine.Methodology;
using Analytics.Engine.Statistics;

namespace Analytics.Engine.Indicators;

/// <summary>Summed counts of one measure over a unit and period.</summary>
public readonly record struct Counts(double Successes, long N, double? Extra)
{
    public static Counts operator +(Counts a, Counts b) =>
        new(a.Successes + b.Successes, a.N + b.N, a.Extra is null && b.Extra is null ? null : (a.Extra ?? 0) + (b.Extra ?? 0));
}

/// <summary>The arithmetic of criteria and indicators: small pure functions over counts.</summary>
public static class CriterionMath
{
    /// <summary>
    /// Value of a measure from its counts. Proportion: successes/n in 0…1. WeightedShare: Σw·score/Σw in 0…1
    /// (successes/extra). NetScore: (promoters − detractors)/n × 100 in −100…100. No rounding here.
    /// n = 0 (or Σw = 0) → null: no data is never 0 %.
    /// </summary>
    public static double? Value(MeasureKind kind, Counts c) => kind switch
    {
        MeasureKind.Proportion => c.N == 0 ? null : c.Successes / c.N,
        MeasureKind.WeightedShare => c.N == 0 || c.Extra is not > 0 ? null : c.Successes / c.Extra.Value,
        MeasureKind.NetScore => c.N == 0 ? null : (c.Successes - (c.Extra ?? 0)) / c.N * 100,
        MeasureKind.Mean => c.N == 0 ? null : c.Successes / c.N,
        _ => null,
    };

    /// <summary>
    /// Interval at <paramref name="confidence"/>: Wilson for proportions (weighted shares use value·n successes of n);
    /// NetScore uses the normal approximation of the difference of two multinomial shares, clamped to −100…100.
    /// Null when n = 0.
    /// </summary>
    public static Interval? Interval(MeasureKind kind, Counts c, double confidence)
    {
        if (c.N == 0) return null;
        switch (kind)
        {
            case MeasureKind.Proportion:
                // Registers written around the importer's checks (e.g. answered-in-norm above offered) must not
                // break a whole report: the interval is taken over the feasible range, the value stays as counted.
                return Proportion.Wilson(Math.Clamp((long)Math.Round(c.Successes), 0, c.N), c.N, confidence);
            case MeasureKind.WeightedShare:
                return Value(kind, c) is { } share ? Proportion.Wilson(Math.Clamp((long)Math.Round(share * c.N), 0, c.N), c.N, confidence) : null;
            case MeasureKind.NetScore:
                var promoters = c.Successes / c.N;
                var detractors = (c.Extra ?? 0) / c.N;
                var nps = promoters - detractors;
                var se = Math.Sqrt(Math.Max(0, promoters + detractors - nps * nps) / c.N);
                var z = Distributions.NormalQuantile(1 - (1 - confidence) / 2);
                return new Interval(Math.Max(-100, (nps - z * se) * 100), Math.Min(100, (nps + z * se) * 100));
            case MeasureKind.Mean when c.N > 1 && c.Extra is { } squares:
                var mean = c.Successes / c.N;
                var sd = Math.Sqrt(Math.Max(0, (squares - c.N * mean * mean) / (c.N - 1)));
                var half = Distributions.NormalQuantile(1 - (1 - confidence) / 2) * sd / Math.Sqrt(c.N);
                return new Interval(Math.Max(0, mean - half), mean + half);
            default:
                return null;
        }
    }

    /// <summary>
    /// Score in 0…100 of <paramref name="value"/> against <paramref name="norm"/>. Ratio: value/norm (higher) or
    /// norm/value (lower), capped at 100; a lower-is-better value of 0 scores 100. Threshold: 100 if the norm is met,
    /// else 0. Linear: 0 at <c>zero</c>, 100 at the norm, clamped. Null when value or norm is missing.
    /// </summary>
    public static double? Score(CriterionDefinition criterion, double? value, double? norm)
    {
        if (value is not { } v || norm is not { } target) return null;
        var higher = criterion.Direction == Direction.Higher;
        double score = criterion.Scoring switch
        {
            ScoringRule.Threshold => (higher ? v >= target : v <= target) ? 100 : 0,
            ScoringRule.Linear when criterion.Zero is { } zero && zero != target => (v - zero) / (target - zero) * 100,
            ScoringRule.Linear => (higher ? v >= target : v <= target) ? 100 : 0,
            _ when higher => target == 0 ? 100 : v / target * 100,
            _ => v <= 0 ? 100 : target / v * 100,
        };
        return Math.Clamp(score, 0, 100);
    }

    /// <summary>
    /// Indicator value: Σ wᵢ·scoreᵢ / Σ wᵢ over criteria that have a score, in 0…100; coverage = that Σ wᵢ over all
    /// criteria's Σ wᵢ, in 0…1. No scored criterion (or all weights 0) → value null, coverage 0.
    /// </summary>
    public static (double? Value, double Coverage) Aggregate(IEnumerable<(double Weight, double? Score)> criteria)
    {
        double scored = 0, total = 0, sum = 0;
        foreach (var (weight, score) in criteria)
        {
            total += weight;
            if (score is not { } s) continue;
            scored += weight;
            sum += weight * s;
        }
        return scored == 0 ? (null, 0) : (sum / scored, total == 0 ? 0 : scored / total);
    }

    /// <summary>Rounds half away from zero to <paramref name="digits"/> decimals; null digits keep the value.</summary>
    public static double? Round(double? value, int? digits) =>
        value is { } v && digits is { } d ? Math.Round(v, d, MidpointRounding.AwayFromZero) : value;
}
