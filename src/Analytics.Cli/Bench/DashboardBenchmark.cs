namespace Analytics.Cli.Bench;

public sealed class DashboardBenchmark : IBenchmark
{
    public string Name => "dashboard";
    public string Description => "Overview and Benchmark pages rendered by the live host vs their DuckDB queries alone";
    public IReadOnlyList<BenchResult> Run(BenchContext context) => [];
}
