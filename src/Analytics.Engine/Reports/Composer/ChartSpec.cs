namespace Analytics.Engine.Reports.Composer;

public enum ChartKind { Line, Bar }

/// <summary>
/// Data for a simple chart: categories along X (periods, offices), one or more series of values
/// (null = no value, drawn as a gap), and optional horizontal reference lines such as a plan.
/// </summary>
public sealed record ChartSpec(string Title, ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public string? YLabel { get; init; }
    public IReadOnlyList<ChartReference> References { get; init; } = [];
    /// <summary>Fixed lower bound of the Y axis; null starts at zero or the data minimum, whichever is lower.</summary>
    public double? YMin { get; init; }
    public double? YMax { get; init; }
    /// <summary>The values are counts (appeals, visits): the Y axis ticks whole numbers, never "0,2 обращения".</summary>
    public bool Counts { get; init; }
}

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>A horizontal line across the plot, e.g. the plan value or a norm.</summary>
public sealed record ChartReference(string Label, double Value);
