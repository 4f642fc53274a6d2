using Analytics.Engine.Classification;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Classification;

/// <summary>The light first start (#20 item 5): a deterministic stratified sample, fixed trainer, every appeal scored.</summary>
public class FirstStartTests
{
    [Fact]
    public void Stratified_IsDeterministic_KeepsShares_AndEveryClass()
    {
        // A skewed register: one big class, a middling one, a rare one with fewer rows than the per-class floor.
        List<LabelledText> data =
        [
            .. Enumerable.Range(0, 4000).Select(i => new LabelledText($"big {i}", "billing_payments")),
            .. Enumerable.Range(0, 1000).Select(i => new LabelledText($"mid {i}", "outages_quality")),
            .. Enumerable.Range(0, 3).Select(i => new LabelledText($"rare {i}", "tech_connection")),
        ];

        var first = Sampling.Stratified(data, 500, 7);
        var again = Sampling.Stratified(data, 500, 7);
        var other = Sampling.Stratified(data, 500, 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var counts = first.GroupBy(d => d.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(400, counts["billing_payments"]);
        Assert.Equal(100, counts["outages_quality"]);
        Assert.Equal(3, counts["tech_connection"]);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Run_TrainsLightModelsOnASample_ActivatesThem_AndScoresEveryAppeal()
    {
        using var temp = new TempStore();
        var appeals = AddRegister(temp, copies: 10);
        var options = Options(temp);
        var reported = new List<FirstStartProgress>();

        var outcome = FirstStart.Run(temp.Store, options, trainingSample: 120, progress: new Sync<FirstStartProgress>(reported.Add),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ClassificationTask.All, outcome.Trained.Select(m => m.Task));
        var service = new ClassificationService(temp.Store, options);
        foreach (var task in ClassificationTask.All)
        {
            var active = service.Registry.Active(task);
            Assert.NotNull(active);
            Assert.True(File.Exists(active.Path));
            // The fixed trainer at its default C, not the configured "sdca" nor a cross-validated choice.
            Assert.StartsWith("sdca-svm", active.Trainer, StringComparison.Ordinal);
            // Seed set plus the sample (every class of a task keeps its share, so a few rows over the cap at most).
            var registerRows = active.NTexts - SmallCorpus.Data.Count;
            Assert.InRange(registerRows, 110, 130);
        }
        Assert.All(outcome.Classified, o => Assert.Equal(appeals, o.Scored));
        using (var connection = temp.Store.Open())
        {
            Assert.Equal(appeals * 3L, connection.ExecuteScalar<long>("SELECT count(*) FROM appeal_classification"));
            // Useful, not just present: the light topic model agrees with the register on most appeals.
            var agree = connection.ExecuteScalar<double>("""
                SELECT avg(CASE WHEN c.label = a.topic THEN 1.0 ELSE 0.0 END)
                FROM appeal_classification c JOIN appeal a USING (register_no) WHERE c.task = 'topic'
                """);
            Assert.True(agree > 0.8, $"topic agreement {agree:0.###}");
        }
        // Progress walks the six steps in order: three trainings, then three scorings.
        Assert.Equal([1, 2, 3, 4, 5, 6], reported.Select(p => p.Step).Distinct());
        Assert.All(reported, p => Assert.Equal(6, p.Steps));
        Assert.Equal([false, false, false], reported.Where(p => p.Step <= 3).Select(p => p.Scoring));
        Assert.Contains(reported, p => p.Scoring && p.Scored == appeals);

        // A second run finds every model active and nothing pending.
        var second = FirstStart.Run(temp.Store, options, trainingSample: 120, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(second.Trained);
        Assert.All(second.Classified, o => Assert.Equal(0, o.Scored));
    }

    [Fact]
    public void Run_SameStoreAndSample_TrainsTheSameData()
    {
        var hashes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var temp = new TempStore();
            AddRegister(temp, copies: 6);
            FirstStart.Run(temp.Store, Options(temp), trainingSample: 60, cancellationToken: TestContext.Current.CancellationToken);
            hashes.Add(new ClassificationService(temp.Store, Options(temp)).Registry.Active(ClassificationTask.Topic)!.DataHash);
        }
        Assert.Equal(hashes[0], hashes[1]);
    }

    private static ClassificationOptions Options(TempStore temp)
    {
        var seed = temp.File("seed.csv");
        if (!File.Exists(seed))
        {
            using var writer = new StreamWriter(seed);
            writer.WriteLine("text,topic,kind,poor_quality");
            var i = 0;
            foreach (var row in SmallCorpus.Data)
                writer.WriteLine($"\"{row.Text}\",{row.Label},{(i++ % 2 == 0 ? "complaint" : "information_request")},{(row.Label == "billing_payments" ? "false" : "true")}");
        }
        // "sdca" here shows the first start ignores the configured trainer (it is for the full runs).
        return new ClassificationOptions { ModelPath = temp.File("models"), SeedDataPath = seed, Trainer = "sdca", Seed = 7 };
    }

    /// <summary>Each corpus text <paramref name="copies"/> times as labelled register appeals; returns how many.</summary>
    private static int AddRegister(TempStore temp, int copies)
    {
        var rows = Enumerable.Range(0, copies).SelectMany(c => SmallCorpus.Data.Select((row, i) => new
        {
            registerNo = $"A-{c:00}-{i:000}",
            text = $"{row.Text} (обращение {c})",
            topic = row.Label,
            kind = i % 2 == 0 ? "complaint" : "information_request",
            poor = row.Label != "billing_payments",
        })).ToList();
        using var connection = temp.Store.Open();
        connection.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, topic, poor_quality, text, received_at, registered_at)
            VALUES ($registerNo, 'O1', 'individual', 'email', $kind, $topic, $poor, $text, TIMESTAMP '2025-03-01 10:00', TIMESTAMP '2025-03-01 10:05')
            """, rows);
        return rows.Count;
    }

    private sealed class Sync<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
