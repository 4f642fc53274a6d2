namespace Analytics.Engine.Demo;

/// <summary>What a demo run wrote: rows per table, the period covered and how fast it went.</summary>
public sealed record DemoSummary(
    int Seed,
    double Scale,
    DateOnly From,
    DateOnly To,
    IReadOnlyDictionary<string, long> Rows,
    TimeSpan Elapsed)
{
    public long TotalRows => Rows.Values.Sum();

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? TotalRows / Elapsed.TotalSeconds : 0;
}
