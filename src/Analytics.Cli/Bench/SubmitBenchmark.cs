using System.Diagnostics;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Cli.Bench;

/// <summary>
/// Questionnaire submissions through <see cref="FormService.Submit"/> (validation, visibility, scoring, one
/// transaction with its answers) against the baseline of DuckDB storing the same rows with plain inserts in
/// one transaction per submission; and a repeated (idempotent) submission against a plain key lookup.
/// </summary>
public sealed class SubmitBenchmark : IBenchmark
{
    public string Name => "submit";
    public string Description => "questionnaire submissions: FormService.Submit vs raw DuckDB inserts of the same rows";

    public IReadOnlyList<BenchResult> Run(BenchContext context)
    {
        var n = 200 * Math.Max(1, context.Scale ?? 1);
        var path = Path.Combine(context.WorkDirectory, $"submit-{Guid.NewGuid():N}.duckdb");
        using var store = AnalyticsStore.At(path);
        new StoreMigrator(store).Migrate();
        using var keepAlive = store.Open();
        var service = new FormService(store);
        var id = service.CreateFromTemplate("client-satisfaction", "bench-csat");
        service.Publish(id);
        var random = new Random(1);
        var answers = Enumerable.Range(0, n).Select(_ => Answers(random)).ToList();
        context.Progress.Report($"submit: {n} submissions");

        var ours = Time(() => { for (var i = 0; i < n; i++) service.Submit(new SubmissionRequest { Id = $"s{i}", Form = id, Answers = answers[i] }); });
        var raw = Time(() =>
        {
            for (var i = 0; i < n; i++)
            {
                using var tx = keepAlive.BeginTransaction();
                keepAlive.Execute("INSERT INTO submission (id, definition_id, version, source, submitted_at) VALUES ($id, $d, 1, 'online', now())", new { id = $"r{i}", d = id }, tx);
                foreach (var (code, a) in answers[i])
                    keepAlive.Execute("INSERT INTO answer (submission_id, item_code, value_num, value_text) VALUES ($id, $code, $num, $text)",
                        new { id = $"r{i}", code, num = a.Number, text = a.Text ?? a.Choices?[0] }, tx);
                tx.Commit();
            }
        });
        var repeat = Time(() => { for (var i = 0; i < n; i++) service.Submit(new SubmissionRequest { Id = $"s{i}", Form = id, Answers = answers[i] }); });
        var lookup = Time(() => { for (var i = 0; i < n; i++) keepAlive.ExecuteScalar<string>("SELECT id FROM submission WHERE id = $id", new { id = $"s{i}" }); });
        var stored = keepAlive.ExecuteScalar<long>("SELECT count(*) FROM submission WHERE id LIKE 's%'");
        if (stored != n) throw new InvalidOperationException($"submit benchmark stored {stored} submissions for {n} sent (repeats must add none).");
        keepAlive.Dispose();
        store.Dispose();
        TryDelete(path);

        return
        [
            new("submit.throughput", n / ours, "submissions/s", "DuckDB plain inserts of the same rows, one transaction each", n / raw, (n / ours) / (n / raw), "≥ 0.5 of raw inserts", n),
            new("submit.repeat", repeat / n * 1000, "ms/submission", "DuckDB primary-key lookup", lookup / n * 1000, repeat / lookup, "≤ 5× a key lookup", n),
        ];
    }

    private static Dictionary<string, AnswerValue> Answers(Random r) => new()
    {
        ["channel"] = AnswerValue.OfChoices(r.NextDouble() < 0.5 ? "in_person" : "phone"),
        ["csat"] = AnswerValue.Of(r.Next(1, 6)), ["ces"] = AnswerValue.Of(r.Next(1, 8)),
        ["resolved"] = AnswerValue.Of(r.NextDouble() < 0.8 ? "yes" : "no"), ["nps"] = AnswerValue.Of(r.Next(0, 11)),
        ["comment"] = AnswerValue.Of("Спасибо за обслуживание"),
    };

    private static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalSeconds;
    }

    private static void TryDelete(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
            try { File.Delete(file); } catch (IOException) { }
    }
}
