using System.Collections.Concurrent;
using Analytics.Engine.Classification;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Classification;

public class ClassifierModelTests
{
    private static readonly Lazy<TrainingResult> Trained = new(() => new ClassifierTrainer().Train(SmallCorpus.FastRequest()));

    [Fact]
    public void SaveAndLoad_GivesSamePredictions_AsTrainedModel()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("models/topic.zip");
        Trained.Value.Model.Save(path);

        var loaded = ClassifierModel.Load(path);

        string[] probes = ["Света нет второй день", "Оплата не дошла"];
        Assert.Equal(Trained.Value.Model.PredictBatch(probes), loaded.PredictBatch(probes));
        Assert.Equal(Trained.Value.Model.Labels, loaded.Labels);
    }

    [Fact]
    public void Load_ThrowsInvalidData_WhenFileIsNotAModel()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("junk.zip");
        File.WriteAllText(path, "not a zip");
        Assert.Throws<InvalidDataException>(() => ClassifierModel.Load(path));
    }

    [Fact]
    public void PooledPredictor_MatchesBatchScoring_WhenUsedFromParallelThreads()
    {
        var model = Trained.Value.Model;
        var texts = SmallCorpus.Data.Select(d => d.Text + " срочно").ToList();
        var expected = model.PredictBatch(texts);
        var predictor = new PooledPredictor(model.CreatePool(maximumRetained: 4));
        var results = new ConcurrentDictionary<int, Prediction>();

        Parallel.For(0, texts.Count * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var p = predictor.Predict(texts[i % texts.Count]);
            results.AddOrUpdate(i % texts.Count, p, (_, old) => old == p ? p : throw new InvalidOperationException($"Row {i} differs"));
        });

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(expected[i].Label, results[i].Label);
            Assert.Equal(expected[i].Confidence, results[i].Confidence, 5);
        }
    }

    [Fact]
    public void PredictBatch_KeepsIdsWithTheirTexts_OverAStream()
    {
        var rows = Enumerable.Range(0, 300).Select(i => ($"R{i}", i % 2 == 0 ? "Нет света опять" : "Грубый оператор бросил трубку"));

        var scored = Trained.Value.Model.PredictBatch(rows).ToList();

        Assert.Equal(300, scored.Count);
        Assert.All(scored, s => Assert.Equal(
            int.Parse(s.Id[1..]) % 2 == 0 ? "outages_quality" : "staff_service", s.Prediction.Label));
        Assert.All(scored, s => Assert.InRange(s.Prediction.Confidence, 0.0, 1.0));
    }
}
