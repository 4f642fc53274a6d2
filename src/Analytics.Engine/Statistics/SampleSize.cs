namespace Analytics.Engine.Statistics;

/// <summary>
/// The "insufficient data" rule: a value computed from fewer than <see cref="MinimumN"/> observations is still shown
/// but flagged and left out of rankings (methodology §5).
/// </summary>
public static class SampleSize
{
    /// <summary>Default minimum number of observations behind a reported rate or mean.</summary>
    public const int MinimumN = 30;

    /// <summary>True when n ≥ <paramref name="minimumN"/>; n = 0 is never sufficient.</summary>
    public static bool IsSufficient(long n, int minimumN = MinimumN)
    {
        if (minimumN < 1) throw new ArgumentOutOfRangeException(nameof(minimumN), minimumN, "The minimum n must be at least 1.");
        return n >= minimumN;
    }
}
