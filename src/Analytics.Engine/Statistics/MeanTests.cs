namespace Analytics.Engine.Statistics;

/// <summary>Welch's two-sample t-test: the difference of means a − b, its interval, t, Welch–Satterthwaite df and two-sided p.</summary>
public sealed record WelchResult(double Difference, Interval Interval, double T, double Df, double PValue);

/// <summary>Comparisons of two means.</summary>
public static class MeanTests
{
    /// <summary>
    /// Welch's t-test (unequal variances) of mean(a) − mean(b) with a <paramref name="confidence"/> interval from the t
    /// quantile at the Welch–Satterthwaite degrees of freedom. Null when either sample has fewer than two values or
    /// both have no spread (no standard error).
    /// </summary>
    public static WelchResult? Welch(IReadOnlyList<double> a, IReadOnlyList<double> b, double confidence = 0.95)
    {
        if (a.Count < 2 || b.Count < 2) return null;
        var (ma, va) = Moments(a);
        var (mb, vb) = Moments(b);
        double sa = va / a.Count, sb = vb / b.Count, se2 = sa + sb;
        if (se2 <= 0) return null;
        var se = Math.Sqrt(se2);
        var df = se2 * se2 / (sa * sa / (a.Count - 1) + sb * sb / (b.Count - 1));
        var d = ma - mb;
        var t = d / se;
        var q = Distributions.StudentTQuantile(1 - (1 - confidence) / 2, df);
        return new WelchResult(d, new Interval(d - q * se, d + q * se), t, df, Distributions.StudentTTwoSidedP(t, df));
    }

    private static (double Mean, double Variance) Moments(IReadOnlyList<double> x)
    {
        var mean = x.Average();
        return (mean, x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1));
    }
}
