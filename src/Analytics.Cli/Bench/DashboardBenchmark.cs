using System.Diagnostics;
using System.Globalization;
using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using Analytics.Engine.Queries.Overview;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench dashboard</c>: the Overview (<c>/</c>) and Benchmark (<c>/benchmark</c>) pages rendered by the live host for a
/// signed-in executive, on a store of N million appeal + answer rows (<c>--scale</c>, default 10) covering the last two
/// years, 200 requests each over loopback; p50/p95 beside the DuckDB queries behind each page run alone in the same run.
/// </summary>
public sealed class DashboardBenchmark : IBenchmark
{
    private const int Requests = 200;

    public string Name => "dashboard";
    public string Description => "Overview and Benchmark pages rendered by the live host vs their DuckDB queries alone";

    public IReadOnlyList<BenchResult> Run(BenchContext context) => RunAsync(context).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchContext context)
    {
        var millions = context.ExactScale ?? 10;
        var path = Path.Combine(context.WorkDirectory, "dashboard", "store.duckdb");
        var today = DateOnly.FromDateTime(DateTime.Today);
        long rows;
        (string Id, int Version) methodology;
        var clock = Stopwatch.StartNew();
        using (var store = AnalyticsStore.At(path))
        {
            new StoreMigrator(store).Migrate();
            context.Progress.Report(string.Create(CultureInfo.InvariantCulture, $"dashboard: generating {millions:0.###}M appeal + answer rows over the last two years …"));
            rows = BenchData.Generate(store, millions, today.AddDays(-730));
            CalendarDayTable.Fill(store);
            var generated = clock.Elapsed;
            // The nightly recompute has run on a live store; the bench starts from the same state.
            new IndicatorService(store).Refresh();
            var m = new MethodologyRepository(store).Get();
            methodology = (m.Id, m.Version);
            context.Progress.Report(string.Create(CultureInfo.InvariantCulture,
                $"dashboard: {rows:N0} rows generated in {generated.TotalSeconds:0.0} s, indicators computed in {(clock.Elapsed - generated).TotalSeconds:0.0} s"));
        }

        var results = new List<BenchResult>();
        await using var host = await LiveHost.StartAsync(path, null, context.CancellationToken);
        using var client = await host.SignedInAsync("bench-executive", Dashboard.Users.Roles.Executive, context.CancellationToken);
        var hostStore = host.Services.GetRequiredService<AnalyticsStore>();
        foreach (var (page, url, marker) in new[] { ("overview", "/", "data-indicator="), ("benchmark", "/benchmark", "data-test=\"benchmark-filters\"") })
        {
            var cold = Stopwatch.StartNew();
            var first = await client.GetAsync(url, context.CancellationToken);
            var html = await first.Content.ReadAsStringAsync(context.CancellationToken);
            cold.Stop();
            if (!first.IsSuccessStatusCode || !html.Contains(marker, StringComparison.Ordinal))
                throw new InvalidOperationException($"dashboard bench: {url} answered {(int)first.StatusCode} without its data ({marker}).");
            if (html.Contains("data-test=\"overview-empty\"", StringComparison.Ordinal) || html.Contains("data-test=\"benchmark-empty\"", StringComparison.Ordinal))
                throw new InvalidOperationException($"dashboard bench: {url} rendered its empty state; the bench store has no indicators for this year.");
            var times = new List<double>(Requests);
            for (var i = 0; i < Requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, context.CancellationToken);
                await response.Content.ReadAsByteArrayAsync(context.CancellationToken);
                response.EnsureSuccessStatusCode();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            var queries = QueriesAlone(hostStore, page, methodology);
            var (p50, p95) = (Percentile(times, 0.50), Percentile(times, 0.95));
            context.Progress.Report(string.Create(CultureInfo.InvariantCulture,
                $"dashboard: {url} first {cold.Elapsed.TotalMilliseconds:0} ms, p50 {p50:0.0} ms, p95 {p95:0.0} ms over {Requests}; " +
                $"its DuckDB queries alone p50 {queries.P50:0.0} ms, p95 {queries.P95:0.0} ms; {html.Length / 1024:N0} KB of HTML"));
            results.Add(new($"dashboard.{page}.p95", Math.Round(p95, 2), "ms", "the page's DuckDB queries alone (p95)", Math.Round(queries.P95, 2),
                Math.Round(p95 / queries.P95, 3), "p95 ≤ 300 ms", rows));
            results.Add(new($"dashboard.{page}.p50", Math.Round(p50, 2), "ms", "the page's DuckDB queries alone (p50)", Math.Round(queries.P50, 2),
                Math.Round(p50 / queries.P50, 3), "—", rows));
        }
        return results;
    }

    /// <summary>
    /// The statements each page's services send to DuckDB, read to the end as they are: the indicator counts, the
    /// organisation and the plans (the overview twice, for the year and its months), open actions, and for the overview
    /// the store summary. Nothing cached, nothing computed — the floor under the page.
    /// </summary>
    private static (double P50, double P95) QueriesAlone(AnalyticsStore store, string page, (string Id, int Version) m)
    {
        var times = new List<double>();
        for (var i = 0; i < Math.Min(Requests, 50); i++)
        {
            var started = Stopwatch.GetTimestamp();
            using (var c = store.Open())
            {
                var passes = page == "overview" ? 2 : 1;
                for (var pass = 0; pass < passes; pass++) IndicatorReads(c, m);
                if (page == "overview")
                {
                    c.Query("SELECT * FROM corrective_action WHERE status IN ('open', 'in_progress', 'reopened')").AsList();
                    StoreOverviewQuery.Read(c, store.FilePath);
                }
            }
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return (Percentile(times, 0.50), Percentile(times, 0.95));
    }

    private static void IndicatorReads(DuckDBConnection c, (string Id, int Version) m)
    {
        c.ExecuteScalar<long>("SELECT count(*) FROM indicator_input_state WHERE methodology_id = $id AND methodology_version = $v", new { id = m.Id, v = m.Version });
        c.Query<(string, string, string?, string)>("SELECT code, level, parent_code, name FROM org_unit ORDER BY code").AsList();
        c.Query<(DateTime, string, string, double, long, double?)>(
            "SELECT month, unit_code, measure, successes, n, extra FROM indicator_count WHERE methodology_id = $id AND methodology_version = $v",
            new { id = m.Id, v = m.Version }).AsList();
        c.Query<(string, int, string, double, double?)>("SELECT scope_code, year, target, value, tolerance FROM plan").AsList();
        c.Query<(string, int, string, double)>("SELECT scope_code, year, criterion_id, value FROM criterion_fact").AsList();
    }

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    }
}
