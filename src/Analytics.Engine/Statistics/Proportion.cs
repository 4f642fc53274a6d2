namespace Analytics.Engine.Statistics;

/// <summary>Confidence intervals for a proportion.</summary>
public static class Proportion
{
    /// <summary>
    /// Wilson score interval for a proportion x/n: centre (p̂ + z²/2n)/(1 + z²/n), half-width
    /// z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n), z = Φ⁻¹(1 − α/2). Range within [0, 1]; well-behaved at x = 0 and x = n
    /// (unlike the Wald interval). Returns <c>null</c> when n = 0 — there is no proportion to bound.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 0, successes outside [0, n], or confidence outside (0, 1).</exception>
    public static Interval? Wilson(long successes, long n, double confidence = 0.95)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n must not be negative.");
        if (successes < 0 || successes > n)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"successes must lie in [0, {n}].");
        var z = Confidence.Z(confidence);
        if (n == 0) return null;

        var p = (double)successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2.0 * n)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // Clamp only the rounding noise at the exact boundaries x = 0 and x = n.
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}

/// <summary>Confidence level helpers shared by the interval methods.</summary>
internal static class Confidence
{
    /// <summary>The two-sided normal critical value z for a confidence level in (0, 1), e.g. 1.959964 for 0.95.</summary>
    public static double Z(double confidence)
    {
        Validate(confidence);
        return Distributions.NormalQuantile(1 - (1 - confidence) / 2);
    }

    public static void Validate(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
    }
}
