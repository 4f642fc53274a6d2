namespace Analytics.Engine.Statistics;

/// <summary>Rank-based tests for ordinal data such as 1–5 ratings.</summary>
public static class RankTests
{
    /// <summary>
    /// Mann–Whitney U (Wilcoxon rank-sum) test, two-sided, normal approximation. The reported statistic is
    /// U of the first sample, U₁ = R₁ − n₁(n₁+1)/2 = #{aᵢ &gt; bⱼ} + ½·#{aᵢ = bⱼ} (R's <c>wilcox.test</c> "W"), range
    /// 0…n₁n₂; U₂ = n₁n₂ − U₁. z = (U₁ − n₁n₂/2 ∓ ½)/σ with the continuity correction ½ taken towards the mean and
    /// the tie-corrected σ² = n₁n₂/12·[(N+1) − Σ(t³ − t)/(N(N−1))]. Matches <c>wilcox.test(a, b, exact = FALSE,
    /// correct = TRUE)</c>. When either sample is empty, or all values are tied, there is no evidence: p = 1.
    /// </summary>
    public static MannWhitneyResult MannWhitney(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int n1 = a.Count, n2 = b.Count;
        if (n1 == 0 || n2 == 0) return new MannWhitneyResult(0, 1, 0, n1, n2);

        var pooled = new double[n1 + n2];
        for (var i = 0; i < n1; i++) pooled[i] = Finite(a[i], nameof(a));
        for (var j = 0; j < n2; j++) pooled[n1 + j] = Finite(b[j], nameof(b));
        var (ranks, tieSum) = Ranking.Average(pooled);

        var r1 = 0.0;
        for (var i = 0; i < n1; i++) r1 += ranks[i];
        var u1 = r1 - n1 * (n1 + 1) / 2.0;

        double n = n1 + n2;
        var mean = n1 * (double)n2 / 2;
        var variance = n1 * (double)n2 / 12 * (n + 1 - tieSum / (n * (n - 1)));
        if (variance <= 0) return new MannWhitneyResult(u1, 1, 0, n1, n2);

        var diff = u1 - mean;
        var z = (diff - Math.Sign(diff) * 0.5) / Math.Sqrt(variance);
        // The correction must not flip the sign when |diff| < ½ — then the data sit on the mean.
        if (Math.Abs(diff) < 0.5) z = 0;
        return new MannWhitneyResult(u1, Distributions.NormalTwoSidedP(z), z, n1, n2);
    }

    private static double Finite(double v, string name) =>
        double.IsFinite(v) ? v : throw new ArgumentOutOfRangeException(name, v, "Values must be finite.");
}

/// <summary>Mid-ranks with tie bookkeeping, shared by the rank tests.</summary>
internal static class Ranking
{
    /// <summary>1-based average ranks of <paramref name="values"/> and Σ(t³ − t) over tie groups.</summary>
    public static (double[] Ranks, double TieSum) Average(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var tieSum = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++) ranks[order[k]] = rank;
            double t = end - start + 1;
            tieSum += t * t * t - t;
            start = end + 1;
        }

        return (ranks, tieSum);
    }
}
