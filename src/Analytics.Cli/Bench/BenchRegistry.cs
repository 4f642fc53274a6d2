namespace Analytics.Cli.Bench;

/// <summary>Every benchmark <c>analytics bench</c> knows, in the order <c>bench</c> without a name runs them.</summary>
public static class BenchRegistry
{
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new ImportBenchmark(),
        new DemoBenchmark(),
        new IndicatorsBenchmark(),
        new PdfBenchmark(),
        new SubmitBenchmark(),
        new DashboardBenchmark(),
        new ClassifierBenchmark(),
        new FirstStartBenchmark(),
    ];
}
