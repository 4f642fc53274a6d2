namespace Analytics.Engine.Statistics;

/// <summary>Adjustments for testing many hypotheses at once (e.g. every office against the company).</summary>
public static class MultipleTesting
{
    /// <summary>
    /// Benjamini–Hochberg (1995) step-up adjustment controlling the false discovery rate: with p-values sorted
    /// ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of p₍ᵢ₎ is min over k ≥ i of min(1, m·p₍ₖ₎/k) — monotone in the
    /// raw p-values and never above 1 (the largest p keeps its own value, so the cap of R's version never binds), as R's <c>p.adjust(p, "BH")</c>. Returned in the original order; an empty input
    /// gives an empty array. Rejecting adjusted values ≤ q reproduces the paper's step-up procedure at level q.
    /// NaN p-values are not allowed (drop untestable comparisons first).
    /// </summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        for (var i = 0; i < m; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], $"p-value #{i} must lie in [0, 1].");
        }

        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] * m / rank);
            adjusted[index] = running;
        }

        return adjusted;
    }
}
