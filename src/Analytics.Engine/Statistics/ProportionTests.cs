namespace Analytics.Engine.Statistics;

/// <summary>Tests for differences between rates (period vs period, branch vs branch).</summary>
public static class ProportionTests
{
    /// <summary>
    /// Two-proportion z-test with the pooled variance: z = (p₁ − p₂)/√(p̄(1−p̄)(1/n₁ + 1/n₂)), p̄ = (x₁+x₂)/(n₁+n₂),
    /// two-sided p = 2(1 − Φ(|z|)). No continuity correction, so z² equals the Pearson X² of the 2×2 table.
    /// Statistic is z (positive when p₁ &gt; p₂). When either n is 0 or the pooled rate is 0 or 1 there is no
    /// evidence of a difference: z = 0, p = 1.
    /// </summary>
    public static TestResult TwoProportionZ(long x1, long n1, long x2, long n2)
    {
        ValidateCount(x1, n1, nameof(x1));
        ValidateCount(x2, n2, nameof(x2));
        if (n1 == 0 || n2 == 0) return new TestResult(0, 1);
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance <= 0) return new TestResult(0, 1);
        var z = ((double)x1 / n1 - (double)x2 / n2) / Math.Sqrt(variance);
        return new TestResult(z, Distributions.NormalTwoSidedP(z));
    }

    /// <summary>
    /// Pearson chi-square test of independence for an r×c table of counts: X² = Σ (O − E)²/E with
    /// E = row total · column total / N, df = (r − 1)(c − 1), p = P(χ²_df ≥ X²). No Yates continuity correction
    /// (it is conservative and R applies it only to 2×2 tables by default; our 2×2 result therefore matches
    /// <c>chisq.test(correct = FALSE)</c>). Rows or columns whose total is 0 carry no information and are dropped
    /// before df is counted; if fewer than 2 rows or columns remain the result is X² = 0, df = 0, p = 1.
    /// Callers should check expected counts (≥ 5 is the usual rule) before trusting the approximation.
    /// </summary>
    public static ChiSquareResult ChiSquare(long[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.GetLength(0), cols = table.GetLength(1);
        var rowTotals = new long[rows];
        var colTotals = new long[cols];
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < cols; j++)
        {
            var o = table[i, j];
            if (o < 0) throw new ArgumentOutOfRangeException(nameof(table), o, $"Cell [{i},{j}] is negative.");
            rowTotals[i] += o;
            colTotals[j] += o;
        }

        var usedRows = Enumerable.Range(0, rows).Where(i => rowTotals[i] > 0).ToArray();
        var usedCols = Enumerable.Range(0, cols).Where(j => colTotals[j] > 0).ToArray();
        if (usedRows.Length < 2 || usedCols.Length < 2) return new ChiSquareResult(0, 1, 0);

        double total = rowTotals.Sum();
        var x2 = 0.0;
        foreach (var i in usedRows)
        foreach (var j in usedCols)
        {
            var expected = rowTotals[i] * (double)colTotals[j] / total;
            var diff = table[i, j] - expected;
            x2 += diff * diff / expected;
        }

        var df = (usedRows.Length - 1) * (usedCols.Length - 1);
        return new ChiSquareResult(x2, Distributions.ChiSquareSurvival(x2, df), df);
    }

    private static void ValidateCount(long x, long n, string name)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(name, n, $"n for {name} must not be negative.");
        if (x < 0 || x > n) throw new ArgumentOutOfRangeException(name, x, $"{name} must lie in [0, {n}].");
    }
}
