using System.Text.Json;

namespace Analytics.Cli.Tests;

public class ClassifierCommandTests : IDisposable
{
    private readonly string _dir = TestFolders.New();

    public ClassifierCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string WriteCorpus()
    {
        // Quoted multi-line fields and doubled quotes, as exported registers contain.
        var path = Path.Combine(_dir, "corpus.csv");
        var lines = new List<string> { "id,Message,Category" };
        string[] outage = ["нет света с утра", "отключили электричество", "\"свет мигает,\nнапряжение низкое\"", "\"авария на линии, света нет\"", "пропало напряжение в доме", "опять нет света на улице"];
        string[] billing = ["неверная сумма в квитанции", "\"оплата \"\"не прошла\"\", верните\"", "прошу перерасчет", "начислили пени ошибочно", "долг в квитанции неверный", "\"платеж\nне зачислен\""];
        for (var round = 0; round < 3; round++)
        {
            foreach (var t in outage) lines.Add($"{lines.Count},{t},outage");
            foreach (var t in billing) lines.Add($"{lines.Count},{t},billing");
        }
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void TrainThenEvaluate_PrintsMetricsJsonShape()
    {
        var data = WriteCorpus();
        var model = Path.Combine(_dir, "m.zip");

        var train = Run("classifier", "train", "--data", data, "--text-column", "message", "--label-column", "category",
            "--out", model, "--trainer", "sdca", "--json");
        Assert.True(train.Code == 0, train.Err);
        using (var trained = JsonDocument.Parse(train.Out))
            Assert.Equal(36, trained.RootElement.GetProperty("n").GetInt32());

        var eval = Run("classifier", "evaluate", "--model", model, "--data", data, "--text-column", "Message", "--label-column", "Category", "--json");

        Assert.Equal(0, eval.Code);
        using var json = JsonDocument.Parse(eval.Out);
        var root = json.RootElement;
        foreach (var name in new[] { "accuracy", "macroF1", "weightedF1" })
            Assert.InRange(root.GetProperty(name).GetDouble(), 0.8, 1.0);
        Assert.Equal(36, root.GetProperty("n").GetInt32());
        var perClass = root.GetProperty("perClass").EnumerateArray().ToList();
        Assert.Equal(2, perClass.Count);
        Assert.All(perClass, c =>
        {
            Assert.Contains(c.GetProperty("label").GetString(), new[] { "outage", "billing" });
            foreach (var name in new[] { "precision", "recall", "f1" }) Assert.InRange(c.GetProperty(name).GetDouble(), 0, 1);
            Assert.Equal(18, c.GetProperty("support").GetInt32());
        });

        var predict = Run("classifier", "predict", "--model", model, "--text", "Света нет уже сутки!", "--json");
        Assert.Equal(0, predict.Code);
        using var p = JsonDocument.Parse(predict.Out);
        Assert.Equal("outage", p.RootElement.GetProperty("label").GetString());
        Assert.InRange(p.RootElement.GetProperty("confidence").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void Train_ExitsOne_NamingColumn_WhenLabelColumnMissing()
    {
        var data = WriteCorpus();
        var result = Run("classifier", "train", "--data", data, "--text-column", "message", "--label-column", "topic", "--out", Path.Combine(_dir, "m.zip"));
        Assert.Equal(1, result.Code);
        Assert.Contains("'topic'", result.Err);
    }

    [Fact]
    public void Train_ExitsTwo_WhenTrainerUnknown()
    {
        var data = WriteCorpus();
        var result = Run("classifier", "train", "--data", data, "--text-column", "message", "--label-column", "category",
            "--out", Path.Combine(_dir, "m.zip"), "--trainer", "bert");
        Assert.Equal(2, result.Code);
    }

    [Fact]
    public void Predict_ExitsOne_WhenModelMissing()
    {
        var result = Run("classifier", "predict", "--model", Path.Combine(_dir, "none.zip"), "--text", "x");
        Assert.Equal(1, result.Code);
    }

    [Fact]
    public void StoreCommands_RetrainClassifyAndActivate_RoundTrip()
    {
        var db = Path.Combine(_dir, "s.duckdb");
        var models = Path.Combine(_dir, "models");
        Assert.Equal(0, Run("init", "--db", db).Code);
        using (var store = Analytics.Engine.Store.AnalyticsStore.At(db))
        using (var connection = store.Open())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, text, received_at, registered_at)
                VALUES ('R-1', 'O1', 'individual', 'email', 'complaint', 'Нет света третий день', TIMESTAMP '2025-01-10 09:00', TIMESTAMP '2025-01-10 09:00')
                """;
            insert.ExecuteNonQuery();
        }

        var seed = Path.Combine(_dir, "seed.csv");
        File.WriteAllLines(seed, ["text,topic,kind,poor_quality",
            .. Enumerable.Range(0, 12).Select(i => $"нет света {i} день,outages_quality,complaint,true"),
            .. Enumerable.Range(0, 12).Select(i => $"прошу перерасчет за {i} месяц,billing_payments,service_request,false")]);

        var retrain = Run("classifier", "retrain", "--db", db, "--model-path", models, "--task", "kind", "--trainer", "sdca",
            "--ngrams", "1,3", "--seed-data", seed, "--json");
        Assert.True(retrain.Code == 0, retrain.Err);
        Assert.Equal(0, Run("classifier", "retrain", "--db", db, "--model-path", models, "--task", "kind", "--trainer", "ova-svm",
            "--ngrams", "1,3", "--seed-data", seed, "--no-activate").Code);
        Assert.Equal(0, Run("classifier", "activate", "--db", db, "--task", "kind", "--version", "2").Code);
        Assert.Equal(1, Run("classifier", "activate", "--db", db, "--task", "kind", "--version", "9").Code);

        var list = Run("classifier", "models", "--db", db, "--json");
        using var json = JsonDocument.Parse(list.Out);
        var rows = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows.Single(r => r.GetProperty("active").GetBoolean()).GetProperty("version").GetInt32());

        var classify = Run("classifier", "classify", "--db", db, "--model-path", models, "--threshold", "1", "--json");
        Assert.True(classify.Code == 0, classify.Err);
        using var c = JsonDocument.Parse(classify.Out);
        var kindOutcome = c.RootElement.GetProperty("tasks").EnumerateArray().Single();
        Assert.Equal((1, 2), (kindOutcome.GetProperty("scored").GetInt32(), kindOutcome.GetProperty("modelVersion").GetInt32()));

        var review = Run("classifier", "review", "--db", db, "--task", "kind", "--json");
        Assert.Equal(0, review.Code);
        using var r = JsonDocument.Parse(review.Out);
        Assert.Equal("R-1", r.RootElement.GetProperty("appeals").EnumerateArray().Single().GetProperty("registerNo").GetString());
        Assert.Equal(2, Run("classifier", "review", "--db", db, "--task", "mood").Code);
    }
}
