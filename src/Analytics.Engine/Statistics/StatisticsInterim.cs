namespace Analytics.Engine.Statistics;

// INTERIM: stands in for the branch `stats` statistics until the lead merges it; delete this file then.
// Only the names the indicator engine calls: Proportion.Wilson, Interval, ProportionTests.TwoProportionZ,
// TestResult, MultipleTesting.BenjaminiHochberg, SampleSize.

/// <summary>A confidence interval.</summary>
public readonly record struct Interval(double Lower, double Upper);

/// <summary>A test statistic and its two-sided p-value.</summary>
public readonly record struct TestResult(double Statistic, double PValue);

/// <summary>Intervals for proportions.</summary>
public static class Proportion
{
    /// <summary>Wilson score interval; null when n = 0.</summary>
    public static Interval? Wilson(long successes, long n, double confidence = 0.95)
    {
        if (n <= 0) return null;
        var z = Normal.Quantile(1 - (1 - confidence) / 2);
        var p = (double)successes / n;
        var z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}

/// <summary>Tests of proportions.</summary>
public static class ProportionTests
{
    /// <summary>Pooled two-proportion z-test; NaN statistic and p = 1 when undefined.</summary>
    public static TestResult TwoProportionZ(long x1, long n1, long x2, long n2)
    {
        if (n1 <= 0 || n2 <= 0) return new TestResult(double.NaN, 1);
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) return new TestResult(0, 1);
        var z = ((double)x1 / n1 - (double)x2 / n2) / se;
        return new TestResult(z, 2 * (1 - Normal.Cdf(Math.Abs(z))));
    }
}

/// <summary>Adjustments for many tests.</summary>
public static class MultipleTesting
{
    /// <summary>Benjamini–Hochberg adjusted p-values, in input order.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        var running = 1.0;
        for (var k = m - 1; k >= 0; k--)
        {
            running = Math.Min(running, pValues[order[k]] * m / (k + 1));
            adjusted[order[k]] = Math.Min(1, running);
        }
        return adjusted;
    }
}

/// <summary>Minimum sample size.</summary>
public static class SampleSize
{
    public const int MinimumN = 30;
    public static bool IsSufficient(long n) => n >= MinimumN;
}

internal static class Normal
{
    public static double Cdf(double x) => 0.5 * (1 + Erf(x / Math.Sqrt(2)));

    public static double Quantile(double p) => Analytics.Engine.Indicators.NormalQuantile.Of(p);

    private static double Erf(double x)
    {
        var t = 1 / (1 + 0.5 * Math.Abs(x));
        var y = 1 - t * Math.Exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : -y;
    }
}
