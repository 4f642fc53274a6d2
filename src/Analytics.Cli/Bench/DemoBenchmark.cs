using System.Diagnostics;
using Analytics.Engine.Demo;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Cli.Bench;

/// <summary>
/// Demo generation speed in rows per second, beside DuckDB copying the very same rows into a fresh store with the
/// same schema and keys (<c>INSERT … SELECT</c> from the attached demo file) — the storage floor any generator pays.
/// </summary>
public sealed class DemoBenchmark : IBenchmark
{
    public string Name => "demo";

    public string Description => "demo generator rows/s vs DuckDB INSERT…SELECT of the same rows";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var scale = context.Scale ?? 1;
        var source = Path.Combine(context.WorkDirectory, "demo-source.duckdb");
        var copy = Path.Combine(context.WorkDirectory, "demo-copy.duckdb");
        var generator = new DemoGenerator();
        DemoSummary summary;
        using (var store = AnalyticsStore.At(source))
            summary = generator.Generate(store, new DemoOptions { Scale = scale, Today = new DateOnly(2026, 6, 30) }, context.Progress, context.CancellationToken);

        using var target = AnalyticsStore.At(copy);
        new StoreMigrator(target).Migrate();
        var clock = Stopwatch.StartNew();
        var copied = CopyAll(source, target);
        var copySeconds = clock.Elapsed.TotalSeconds;
        if (copied != summary.TotalRows)
            context.Progress.Report($"bench demo: the copy moved {copied:N0} rows, the generator reported {summary.TotalRows:N0}");
        var baseline = copied / copySeconds;
        context.Progress.Report($"bench demo: generator {summary.RowsPerSecond:N0} rows/s, DuckDB copy {baseline:N0} rows/s");
        return
        [
            new BenchResult("demo.rows_per_second", Math.Round(summary.RowsPerSecond), "rows/s", "duckdb INSERT…SELECT of the same rows",
                Math.Round(baseline), Math.Round(summary.RowsPerSecond / baseline, 3), "≥ 300 000 rows/s at --scale 100", summary.TotalRows),
        ];
    }

    /// <summary>
    /// The baseline: every table the demo generators fill, copied from <paramref name="source"/> into the migrated
    /// <paramref name="target"/> with <c>INSERT … SELECT</c> in one transaction; returns the rows copied. A test
    /// (DemoBaselineTests) checks it copies the very rows the generator reports.
    /// </summary>
    internal static long CopyAll(string source, AnalyticsStore target)
    {
        var tables = DemoGenerator.DefaultGenerators().SelectMany(g => g.Tables).Distinct().ToList();
        long copied = 0;
        using var connection = target.Open();
        connection.Execute($"ATTACH '{source.Replace("'", "''", StringComparison.Ordinal)}' AS src (READ_ONLY)");
        using (var tx = connection.BeginTransaction())
        {
            foreach (var table in tables) copied += connection.Execute($"INSERT INTO {table} SELECT * FROM src.{table}", transaction: tx);
            tx.Commit();
        }
        connection.Execute("DETACH src");
        return copied;
    }
}
