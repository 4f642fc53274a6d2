namespace Analytics.Engine.Reports.Data;

/// <summary>
/// The few calculations the reports need beyond counting; intervals come from <see cref="Statistics.Proportion"/>.
/// </summary>
public static class ReportMath
{
    /// <summary>
    /// Year-over-year dynamics in percent under a convention; null when N−1 = 0 (shown as «—», never ∞).
    /// </summary>
    public static double? Dynamics(long previous, long current, DynamicsConvention convention)
    {
        if (previous == 0) return null;
        return convention == DynamicsConvention.Ratio
            ? 100.0 * current / previous
            : 100.0 * (current - previous) / previous;
    }

    /// <summary>The label printed under tables with a dynamics column.</summary>
    public static string DynamicsLabel(DynamicsConvention convention) => convention == DynamicsConvention.Ratio
        ? "Динамика = N / (N−1) × 100 %; при N−1 = 0 — «—»."
        : "Динамика = (N − (N−1)) / (N−1) × 100 %; при N−1 = 0 — «—».";

    /// <summary>Share x/n; null when n = 0.</summary>
    public static double? Share(long x, long n) => n == 0 ? null : (double)x / n;

    /// <summary>95 % Wilson score interval for x/n; null when n = 0.</summary>
    public static (double Lower, double Upper)? Wilson(long x, long n) =>
        Statistics.Proportion.Wilson(x, n) is { } i ? (i.Lower, i.Upper) : null;
}
