namespace Analytics.Engine.Statistics;

/// <summary>Student t confidence intervals for a mean.</summary>
public static class MeanInterval
{
    /// <summary>
    /// Student t interval for the mean of <paramref name="values"/>: x̄ ± t(1 − α/2, n − 1)·s/√n with s the sample
    /// standard deviation (n − 1 denominator). Returns <c>null</c> when n &lt; 2 (n = 0 has no mean; n = 1 has no
    /// spread). Values must be finite.
    /// </summary>
    public static Interval? T(IReadOnlyList<double> values, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (n, mean, sd) = Describe(values);
        return n < 2 ? null : FromMoments(n, mean, sd, confidence);
    }

    /// <summary>
    /// Student t interval from summary moments: mean ± t(1 − α/2, n − 1)·sd/√n. <paramref name="sd"/> is the sample
    /// standard deviation. Returns <c>null</c> when n &lt; 2; a zero sd gives the degenerate interval [mean, mean].
    /// </summary>
    public static Interval? FromMoments(long n, double mean, double sd, double confidence = 0.95)
    {
        Confidence.Validate(confidence);
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n must not be negative.");
        if (!(sd >= 0)) throw new ArgumentOutOfRangeException(nameof(sd), sd, "A standard deviation must be ≥ 0.");
        if (n < 2) return null;
        var t = Distributions.StudentTQuantile(1 - (1 - confidence) / 2, n - 1);
        var half = t * sd / Math.Sqrt(n);
        return new Interval(mean - half, mean + half);
    }

    /// <summary>Count, mean and sample standard deviation (Welford's one-pass update, stable for large n).</summary>
    internal static (long N, double Mean, double Sd) Describe(IEnumerable<double> values)
    {
        long n = 0;
        double mean = 0, m2 = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) throw new ArgumentOutOfRangeException(nameof(values), v, "Values must be finite.");
            n++;
            var delta = v - mean;
            mean += delta / n;
            m2 += delta * (v - mean);
        }

        return (n, n == 0 ? double.NaN : mean, n < 2 ? double.NaN : Math.Sqrt(m2 / (n - 1)));
    }
}
