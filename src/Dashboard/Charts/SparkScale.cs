namespace Dashboard.Charts;

/// <summary>
/// The fixed y range of an overview sparkline, so a wobble of two points does not look like a collapse: the values
/// and the plan padded to whole 5-point steps, at least 10 percentage points tall, within 0…100 %.
/// </summary>
public static class SparkScale
{
    public const double MinSpan = 0.10;
    private const double Step = 0.05;

    public static (double Low, double High) Range(IEnumerable<double?> values, double? plan)
    {
        var all = values.OfType<double>().Concat(plan is { } p ? [p] : []).ToList();
        if (all.Count == 0) return (0, 1);
        var low = Math.Floor(all.Min() / Step) * Step;
        var high = Math.Ceiling(all.Max() / Step) * Step;
        if (high - low < MinSpan)
        {
            var middle = (low + high) / 2;
            (low, high) = (middle - MinSpan / 2, middle + MinSpan / 2);
        }
        if (low < 0) (low, high) = (0, Math.Max(high - low, MinSpan));
        if (high > 1) (low, high) = (Math.Max(0, low - (high - 1)), 1);
        return (Math.Round(low, 4), Math.Round(high, 4));
    }
}
