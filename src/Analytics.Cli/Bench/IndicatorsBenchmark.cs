using System.Diagnostics;
using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench indicators</c>: a full recompute of all indicators on a store of ≥ 10M appeal + answer rows (scale N →
/// N million rows, default 10), against one hand-written DuckDB query computing the same counts in the same run
/// (target ≤ 1.5), and an incremental recompute of one month (target ≤ 5 % of the full one).
/// </summary>
public sealed class IndicatorsBenchmark : IBenchmark
{
    public string Name => "indicators";
    public string Description => "full and one-month indicator recompute vs one hand-written DuckDB query";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var millions = context.Scale ?? 10;
        using var store = AnalyticsStore.At(Path.Combine(context.WorkDirectory, "indicators.duckdb"));
        new StoreMigrator(store).Migrate();
        store.Pin();   // as the host does: one database instance for the run, not one per operation
        context.Progress.Report($"generating {millions}M appeal + answer rows …");
        var rows = BenchData.Generate(store, millions);
        CalendarDayTable.Fill(store);
        var service = new IndicatorService(store);
        service.Compute(new IndicatorQuery());   // loads the methodology, warms the file cache

        var baseline = Time(() => { using var c = store.Open(); return c.Query(BenchData.HandWrittenCounts).Count(); });
        RefreshReport? report = null;
        var full = Time(() => (int)(report = service.Refresh(BenchData.AllMonths)).CountRows);
        context.Progress.Report($"full: fingerprints {report!.FingerprintTime.TotalSeconds:0.00} s, counts {report.CountTime.TotalSeconds:0.00} s, results {report.ResultTime.TotalSeconds:0.00} s");
        var one = Time(() => (int)(report = service.Refresh([new DateOnly(2025, 6, 1)])).CountRows);
        context.Progress.Report($"one month: counts {report!.CountTime.TotalSeconds:0.00} s, results {report.ResultTime.TotalSeconds:0.00} s");
        context.Progress.Report($"baseline {baseline.Seconds:0.00} s, full {full.Seconds:0.00} s, one month {one.Seconds:0.00} s");
        return
        [
            new("indicators.full", full.Seconds, "s", "hand-written DuckDB counts query", baseline.Seconds, full.Seconds / baseline.Seconds, "≤ 1.5", rows),
            new("indicators.incremental-month", one.Seconds, "s", "full recompute", full.Seconds, one.Seconds / full.Seconds, "≤ 0.05", rows),
        ];
    }

    private static (double Seconds, int Rows) Time(Func<int> work)
    {
        var sw = Stopwatch.StartNew();
        var n = work();
        return (sw.Elapsed.TotalSeconds, n);
    }
}
