using System.Diagnostics;
using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench indicators</c>: a full recompute of all indicators on a store of ≥ 10M appeal + answer rows (scale N →
/// N million rows, default 10), against one hand-written DuckDB query computing the same counts in the same run
/// (target ≤ 1.5), and an incremental recompute of one month (target ≤ 5 % of the full one). Each time is the median
/// of three rounds, the baseline and the full recompute alternating order. A test (IndicatorsBaselineTests) checks the
/// hand-written query computes the engine's counts.
/// </summary>
public sealed class IndicatorsBenchmark : IBenchmark
{
    private const int Runs = 3;

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

        // Each figure is the median of Runs rounds, the baseline and the full recompute alternating which goes first
        // (the second of two finds warmer caches; on shared cores one run of each is mostly noise). Given months are
        // always recomputed, so every round does the same work.
        var (baselines, fulls, months) = (new List<double>(), new List<double>(), new List<double>());
        RefreshReport? report = null;
        double Baseline() => Time(() => { using var c = store.Open(); return c.Query(BenchData.HandWrittenCounts).Count(); }).Seconds;
        double Full() => Time(() => (int)(report = service.Refresh(BenchData.AllMonths)).CountRows).Seconds;
        for (var i = 0; i < Runs; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (i % 2 == 0) { baselines.Add(Baseline()); fulls.Add(Full()); }
            else { fulls.Add(Full()); baselines.Add(Baseline()); }
            context.Progress.Report($"full: fingerprints {report!.FingerprintTime.TotalSeconds:0.00} s, counts {report.CountTime.TotalSeconds:0.00} s, results {report.ResultTime.TotalSeconds:0.00} s");
            months.Add(Time(() => (int)(report = service.Refresh([new DateOnly(2025, 6, 1)])).CountRows).Seconds);
            context.Progress.Report($"one month: counts {report!.CountTime.TotalSeconds:0.00} s, results {report.ResultTime.TotalSeconds:0.00} s");
        }
        var (baseline, full, one) = (Median(baselines), Median(fulls), Median(months));
        context.Progress.Report($"medians of {Runs}: baseline {baseline:0.00} s, full {full:0.00} s, one month {one:0.00} s");
        return
        [
            new("indicators.full", full, "s", "hand-written DuckDB counts query (same run, median)", baseline, full / baseline, "≤ 1.5", rows),
            new("indicators.incremental-month", one, "s", "full recompute (same run, median)", full, one / full, "≤ 0.05", rows),
        ];
    }

    private static (double Seconds, int Rows) Time(Func<int> work)
    {
        var sw = Stopwatch.StartNew();
        var n = work();
        return (sw.Elapsed.TotalSeconds, n);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
