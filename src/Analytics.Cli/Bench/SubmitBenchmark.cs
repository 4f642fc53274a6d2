using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Cli.Bench;

/// <summary>
/// <c>bench submit</c>: anonymous questionnaire submissions posted to the running host (<c>POST /api/submissions</c>,
/// loopback, many concurrent clients) for <c>--seconds</c> (default 60); some are delivered twice, some twice at once,
/// as retries and double taps are. Afterwards the store is checked: every acknowledged submission stored exactly once,
/// every repeat answered with the first receipt. Baseline in the same run: DuckDB storing the same rows (a submission
/// and its five answers) directly, one transaction per submission — what a store without group commit can do.
/// </summary>
public sealed class SubmitBenchmark : IBenchmark
{
    private const int AnswersPerSubmission = 5;

    public string Name => "submit";
    public string Description => "questionnaire submissions posted to the live host on loopback vs DuckDB direct inserts";

    public IReadOnlyList<BenchResult> Run(BenchContext context) => RunAsync(context).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchContext context)
    {
        var seconds = context.Seconds ?? 60;
        var clients = Math.Max(1, context.Scale ?? 128);   // --scale: concurrent clients
        var path = Path.Combine(context.WorkDirectory, "submit", "store.duckdb");
        using (var store = AnalyticsStore.At(path)) Prepare(store);
        var baseline = DirectInserts(Path.Combine(context.WorkDirectory, "submit", "direct.duckdb"), Math.Clamp(seconds / 6.0, 1, 10));
        context.Progress.Report($"submit: baseline DuckDB direct inserts, one transaction per submission: {baseline.PerSecond:N0}/s");

        const int perAddress = 1_000_000;
        var load = new LoadResult();
        (long Batches, long Stored) writerTotals;
        await using (var host = await LiveHost.StartAsync(path, new Dictionary<string, string?>
                     {
                         ["Questionnaires:RateLimit:PerAddressPerMinute"] = perAddress.ToString(CultureInfo.InvariantCulture),
                     }, context.CancellationToken))
        {
            context.Progress.Report($"submit: host at {host.Address}; Questionnaires:RateLimit:PerAddressPerMinute raised to {perAddress:N0} " +
                                    $"for the bench (default 20); {clients} concurrent clients for {seconds} s");
            using var client = host.Client();
            // Warm-up: the first requests compile the endpoint and fill caches; they are not counted.
            await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Post(client, Body($"warm-{i}", i), context.CancellationToken)));
            await load.Run(client, clients, TimeSpan.FromSeconds(seconds), context.CancellationToken);
            var writer = host.Services.GetRequiredService<SubmissionWriter>();
            writerTotals = writer.Totals;
            var (checks, insert, commit) = writer.Timings;
            context.Progress.Report(string.Create(CultureInfo.InvariantCulture,
                $"submit: writer time per commit: checks {checks.TotalMilliseconds / Math.Max(1, writerTotals.Batches):0.0} ms, " +
                $"inserts {insert.TotalMilliseconds / Math.Max(1, writerTotals.Batches):0.0} ms, commit {commit.TotalMilliseconds / Math.Max(1, writerTotals.Batches):0.0} ms"));
        }   // stopping the host drains the writer and releases the store

        var check = Verify(path, load);
        var rate = load.Acknowledged / load.Elapsed.TotalSeconds;
        var p50 = load.Percentile(0.50);
        var p99 = load.Percentile(0.99);
        context.Progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"submit: {rate:N0} submissions/s over {load.Elapsed.TotalSeconds:0.0} s; latency p50 {p50:0.0} ms, p99 {p99:0.0} ms; " +
            $"acknowledged {load.Acknowledged:N0}, stored {check.Stored:N0} (lost {check.Lost}, duplicated {check.Duplicated}, " +
            $"answers {check.Answers:N0} of {check.Stored * AnswersPerSubmission:N0}); repeats {load.Repeats:N0} " +
            $"(mismatched {load.Mismatched}); refused {load.Refused}; {writerTotals.Batches:N0} commits, " +
            $"{(writerTotals.Batches == 0 ? 0 : writerTotals.Stored / (double)writerTotals.Batches):0.0} submissions each"));
        if (load.Failures.FirstOrDefault() is { } failure) context.Progress.Report($"submit: first failure: {failure}");

        var target = "≥ 1000/s; 0 lost, 0 duplicated";
        return
        [
            new("submit.throughput", Math.Round(rate, 1), "submissions/s", "DuckDB direct inserts of the same rows, one transaction per submission",
                Math.Round(baseline.PerSecond, 1), Math.Round(rate / baseline.PerSecond, 3), target, load.Acknowledged),
            new("submit.latency_p50", Math.Round(p50, 2), "ms", "DuckDB one direct insert transaction (median)", Math.Round(baseline.MedianMs, 2),
                Math.Round(p50 / baseline.MedianMs, 3), "—", load.Acknowledged),
            // p99 beside the baseline's p99 (like with like), not beside its median.
            new("submit.latency_p99", Math.Round(p99, 2), "ms", "DuckDB one direct insert transaction (p99)", Math.Round(baseline.P99Ms, 2),
                Math.Round(p99 / baseline.P99Ms, 3), "—", load.Acknowledged),
            new("submit.stored", check.Stored, "submissions", "acknowledged", load.Acknowledged,
                load.Acknowledged == 0 ? null : Math.Round(check.Stored / (double)load.Acknowledged, 6), "= acknowledged", load.Acknowledged),
            new("submit.lost_or_duplicated", check.Lost + check.Duplicated + load.Mismatched, "submissions", "—", null, null, "0", load.Acknowledged),
        ];
    }

    /// <summary>The bench store: migrated, 100 offices in 5 branches, the client-satisfaction questionnaire published as bench-csat.</summary>
    internal static void Prepare(AnalyticsStore store)
    {
        new StoreMigrator(store).Migrate();
        using (var c = store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CO', 'company', NULL, 'Company');
                INSERT INTO org_unit (code, level, parent_code, name) SELECT 'B' || b, 'branch', 'CO', 'Branch ' || b FROM range(5) t(b);
                INSERT INTO org_unit (code, level, parent_code, name) SELECT 'O' || o, 'office', 'B' || (o % 5), 'Office ' || o FROM range(100) t(o);
                """);
        var forms = new FormService(store);
        forms.Publish(forms.CreateFromTemplate("client-satisfaction", "bench-csat"));
    }

    internal static string Body(string id, int i)
    {
        var c = CultureInfo.InvariantCulture;
        return "{\"id\":\"" + id + "\",\"form\":\"bench-csat\",\"officeCode\":\"O" + (i % 100).ToString(c)
            + "\",\"answers\":{\"channel\":{\"choices\":[\"" + (i % 2 == 0 ? "phone" : "in_person") + "\"]},\"csat\":{\"number\":"
            + (1 + i % 5).ToString(c) + "},\"ces\":{\"number\":" + (1 + i % 7).ToString(c) + "},\"resolved\":{\"text\":\"yes\"},\"nps\":{\"number\":"
            + (i % 11).ToString(c) + "}}}";
    }

    private static async Task<(HttpStatusCode Status, string Body)> Post(HttpClient client, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/submissions", content, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>The load: each client posts new submissions back to back; every 20th is posted again, every 50th twice at once.</summary>
    private sealed class LoadResult
    {
        private readonly ConcurrentBag<double> _latencies = [];
        private long _acknowledged, _repeats, _mismatched, _refused;

        public ConcurrentDictionary<string, string> Receipts { get; } = new(StringComparer.Ordinal);
        public ConcurrentQueue<string> Failures { get; } = new();
        public TimeSpan Elapsed { get; private set; }
        public long Acknowledged => Interlocked.Read(ref _acknowledged);
        public long Repeats => Interlocked.Read(ref _repeats);
        public long Mismatched => Interlocked.Read(ref _mismatched);
        public long Refused => Interlocked.Read(ref _refused);

        public async Task Run(HttpClient client, int clients, TimeSpan duration, CancellationToken ct)
        {
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                for (var n = 0; clock.Elapsed < duration; n++)
                {
                    var i = c * 1_000_000 + n;
                    var id = $"b{c}-{n}";
                    var body = Body(id, i);
                    if (n % 50 == 49) await Task.WhenAll(Send(client, id, body, ct), Send(client, id, body, ct));
                    else await Send(client, id, body, ct);
                    if (n % 20 == 19) await Send(client, id, body, ct);
                }
            }, ct)));
            Elapsed = clock.Elapsed;
        }

        private async Task Send(HttpClient client, string id, string body, CancellationToken ct)
        {
            var started = Stopwatch.GetTimestamp();
            var (status, text) = await Post(client, body, ct);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (status != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref _refused);
                if (Failures.Count < 5) Failures.Enqueue($"{(int)status} {text}");
                return;
            }
            using var receipt = JsonDocument.Parse(text);
            var key = $"{receipt.RootElement.GetProperty("definitionId").GetString()}|{receipt.RootElement.GetProperty("submittedAt").GetString()}";
            if (!receipt.RootElement.GetProperty("repeated").GetBoolean())
            {
                _latencies.Add(ms);
                Interlocked.Increment(ref _acknowledged);
                // Two first receipts for one id would mean it was stored twice.
                if (!Receipts.TryAdd(id, key)) Interlocked.Increment(ref _mismatched);
            }
            else
            {
                Interlocked.Increment(ref _repeats);
                // The concurrent twin may answer before the first delivery's receipt is recorded; compare after the run otherwise.
                Pending.Enqueue((id, key));
            }
        }

        public ConcurrentQueue<(string Id, string Key)> Pending { get; } = new();

        public double Percentile(double q)
        {
            var sorted = _latencies.Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        }

        public void CheckRepeats()
        {
            foreach (var (id, key) in Pending)
                if (!Receipts.TryGetValue(id, out var first) || first != key) Interlocked.Increment(ref _mismatched);
        }
    }

    private static (long Stored, long Lost, long Duplicated, long Answers) Verify(string path, LoadResult load)
    {
        load.CheckRepeats();
        using var store = AnalyticsStore.At(path);
        using var c = store.Open();
        var stored = c.Query<string>("SELECT id FROM submission WHERE id LIKE 'b%'").AsList();
        var set = stored.ToHashSet(StringComparer.Ordinal);
        var lost = load.Receipts.Keys.Count(id => !set.Contains(id));
        var duplicated = stored.Count - set.Count
                         + c.ExecuteScalar<long>($"SELECT count(*) FROM (SELECT submission_id FROM answer WHERE submission_id LIKE 'b%' GROUP BY ALL HAVING count(*) <> {AnswersPerSubmission})");
        var answers = c.ExecuteScalar<long>("SELECT count(*) FROM answer WHERE submission_id LIKE 'b%'");
        return (stored.Count, lost, duplicated, answers);
    }

    /// <summary>
    /// One submission as <see cref="Body"/>(<paramref name="id"/>, <paramref name="i"/>) describes it, with its five
    /// answers, in one transaction: the baseline's unit of work. A test (SubmitBaselineTests) checks it stores the rows
    /// the host stores for the same body.
    /// </summary>
    internal static void DirectInsert(DuckDBConnection c, string id, int i)
    {
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO submission (id, definition_id, version, office_code, source, channel, submitted_at) VALUES ($id, 'bench', 1, $o, 'online', 'internet', now())",
            new { id, o = $"O{i % 100}" }, tx);
        c.Execute("""
            INSERT INTO answer (submission_id, item_code, value_num, value_text) VALUES
            ($id, 'channel', NULL, $channel), ($id, 'csat', $a, NULL), ($id, 'ces', $b, NULL), ($id, 'resolved', 1, 'yes'), ($id, 'nps', $c, NULL)
            """, new { id, channel = i % 2 == 0 ? "phone" : "in_person", a = 1 + i % 5, b = 1 + i % 7, c = i % 11 }, tx);
        tx.Commit();
    }

    /// <summary>DuckDB alone: the same submission and answer rows, prepared inserts, one transaction (one commit) each.</summary>
    private static (double PerSecond, double MedianMs, double P99Ms) DirectInserts(string path, double seconds)
    {
        using var store = AnalyticsStore.At(path);
        new StoreMigrator(store).Migrate();
        using var c = store.Open();
        var times = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed.TotalSeconds < seconds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            DirectInsert(c, $"d{i}", i);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        times.Sort();
        return (times.Count / elapsed, times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]);
    }
}
