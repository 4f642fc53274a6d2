namespace Analytics.Engine.Plans;

/// <summary>
/// Year-over-year dynamics of a count or value. Published reports show either the ratio N/(N−1) or the change
/// (N − (N−1))/(N−1) × 100 %; both are given and labelled. When N−1 = 0 both are null and <see cref="Display"/> is
/// "—" (never a division error or infinity); when both years are 0 the change is 0 %.
/// </summary>
public sealed record Dynamics(double Previous, double Current, double? Ratio, double? ChangePercent)
{
    /// <summary>Computes both forms; unrounded.</summary>
    public static Dynamics Of(double previous, double current)
    {
        if (previous == 0) return current == 0 ? new(previous, current, 1, 0) : new(previous, current, null, null);
        return new(previous, current, current / previous, (current - previous) / previous * 100);
    }

    /// <summary>The change as shown in table 4.1: "+12.5 %", "−3.0 %" or "—".</summary>
    public string Display => ChangePercent is { } p
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(p > 0 ? "+" : p < 0 ? "−" : "")}{Math.Abs(p):0.0} %")
        : "—";
}
