namespace Analytics.Engine.Statistics;

/// <summary>
/// Mann–Kendall trend test result. <see cref="S"/> = Σ_{i&lt;j} sign(xⱼ − xᵢ); <see cref="VarS"/> its tie-corrected
/// variance; <see cref="Z"/> the continuity-corrected normal deviate; <see cref="PValue"/> two-sided;
/// <see cref="Tau"/> Kendall's τ-b between value and time (−1…1); <see cref="SenSlope"/> the median pairwise slope
/// per period; <see cref="Intercept"/> the Sen line's value at the first period (index 0). <see cref="N"/> counts
/// the non-missing periods used.
/// </summary>
public sealed record MannKendallResult(
    double S, double VarS, double Z, double PValue, double Tau, double SenSlope, double Intercept, int N)
{
    /// <summary>True when the series is long enough for a trend verdict and the test is significant at alpha.</summary>
    public bool HasTrend(double alpha = 0.05) => N >= Trend.MinimumPeriods && PValue < alpha;
}

/// <summary>Non-parametric trend detection over equally spaced periods (months, quarters).</summary>
public static class Trend
{
    /// <summary>Callers give a "trend" verdict only for series of at least this many periods (methodology §5).</summary>
    public const int MinimumPeriods = 8;

    /// <summary>
    /// Mann–Kendall test (Mann 1945, Kendall 1975) with Sen's slope. Element i of <paramref name="series"/> is period i;
    /// NaN marks a missing period (skipped, its index kept so slopes stay per period). VarS =
    /// [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over tie groups of size t; Z = (S − sign S)/√VarS (0 when S = 0);
    /// p = 2(1 − Φ(|Z|)). Returns <c>null</c> when fewer than 2 periods have values. When every value is equal,
    /// VarS = 0 and the result is Z = 0, p = 1, slope 0. The test runs for any n ≥ 2; whether n is enough for a
    /// verdict is <see cref="MinimumPeriods"/> (see <see cref="MannKendallResult.HasTrend"/>).
    /// </summary>
    public static MannKendallResult? MannKendall(IReadOnlyList<double> series)
    {
        var (t, x) = Present(series);
        var n = x.Length;
        if (n < 2) return null;

        var s = 0.0;
        for (var i = 0; i < n - 1; i++)
        for (var j = i + 1; j < n; j++)
            s += Math.Sign(x[j] - x[i]);

        var tieTerm = 0.0;
        var tiedPairs = 0.0;
        foreach (var group in x.GroupBy(v => v))
        {
            double size = group.Count();
            tieTerm += size * (size - 1) * (2 * size + 5);
            tiedPairs += size * (size - 1) / 2;
        }

        var varS = (n * (n - 1.0) * (2 * n + 5) - tieTerm) / 18;
        var z = varS > 0 && s != 0 ? (s - Math.Sign(s)) / Math.Sqrt(varS) : 0;
        var pairs = n * (n - 1) / 2.0;
        var tauDenominator = Math.Sqrt(pairs * (pairs - tiedPairs));
        var tau = tauDenominator > 0 ? s / tauDenominator : 0;
        var slope = SenSlope(t, x);
        var intercept = Median(x) - slope * Median(t);
        return new MannKendallResult(s, varS, z, Distributions.NormalTwoSidedP(z), tau, slope, intercept, n);
    }

    /// <summary>
    /// Sen's (Theil–Sen) slope: the median of (xⱼ − xᵢ)/(j − i) over all pairs of non-missing periods i &lt; j, in
    /// value units per period; robust to outliers. NaN when fewer than 2 periods have values.
    /// </summary>
    public static double SenSlope(IReadOnlyList<double> series)
    {
        var (t, x) = Present(series);
        return x.Length < 2 ? double.NaN : SenSlope(t, x);
    }

    private static double SenSlope(double[] t, double[] x)
    {
        var slopes = new List<double>(x.Length * (x.Length - 1) / 2);
        for (var i = 0; i < x.Length - 1; i++)
        for (var j = i + 1; j < x.Length; j++)
            slopes.Add((x[j] - x[i]) / (t[j] - t[i]));
        return Median(slopes);
    }

    private static (double[] Times, double[] Values) Present(IReadOnlyList<double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var times = new List<double>(series.Count);
        var values = new List<double>(series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            var v = series[i];
            if (double.IsNaN(v)) continue;
            if (double.IsInfinity(v)) throw new ArgumentOutOfRangeException(nameof(series), v, $"Period {i} is infinite.");
            times.Add(i);
            values.Add(v);
        }

        return (times.ToArray(), values.ToArray());
    }

    internal static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
