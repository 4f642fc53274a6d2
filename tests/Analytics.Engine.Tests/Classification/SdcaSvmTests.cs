using System.Collections.Concurrent;
using Analytics.Engine.Classification;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Classification;

public class SdcaSvmTests
{
    private static readonly Lazy<TrainingResult> Trained = new(() =>
        new ClassifierTrainer().Train(SmallCorpus.FastRequest() with { Trainer = TrainerKind.SdcaSvm }));

    [Fact]
    public void Train_ChoosesC_FromTheGrid_AndFitsATemperature()
    {
        var result = Trained.Value;

        Assert.Equal(TrainerKind.SdcaSvm, result.Trainer);
        Assert.Contains(result.C, TrainerCandidate.SvmGrid);
        Assert.Equal(TrainerCandidate.SvmGrid.Count, result.Candidates.Count);
        Assert.InRange(result.Temperature, 0.05, 20);
        Assert.StartsWith("sdca-svm(C=", result.TrainerName);
        Assert.InRange(result.Metrics.Accuracy, 0.6, 1.0);
    }

    [Fact]
    public void Predictions_AreProbabilities_WithTheLabelsInScoreOrder()
    {
        var model = Trained.Value.Model;
        string[] probes = ["нет света с утра", "верните деньги за двойной платеж", "грубый оператор"];

        var batch = model.PredictBatch(probes);
        var engine = new PooledPredictor(model);

        Assert.Equal(["billing_payments", "outages_quality", "staff_service"], model.Labels.Order());
        Assert.Equal(["outages_quality", "billing_payments", "staff_service"], batch.Select(p => p.Label));
        Assert.All(batch, p => Assert.InRange(p.Confidence, 1.0 / 3, 1.0));
        foreach (var text in probes)
        {
            var pool = model.CreatePool(1).Get();
            var scores = pool.Predict(new TextSample { Text = text }).Score;
            Assert.Equal(1f, scores.Sum(), 4);
            Assert.Equal(model.Labels[Array.IndexOf(scores, scores.Max())], engine.Predict(text).Label);
        }
    }

    [Fact]
    public void SavedZip_LoadsAndScoresTheSame_FromParallelThreads()
    {
        using var temp = new TempStore(migrate: false);
        var path = temp.File("models/svm.zip");
        Trained.Value.Model.Save(path);
        var loaded = ClassifierModel.Load(path);
        var texts = SmallCorpus.Data.Select(d => d.Text + " прошу разобраться").ToList();
        var expected = Trained.Value.Model.PredictBatch(texts);
        var predictor = new PooledPredictor(loaded.CreatePool(maximumRetained: 4));
        var results = new ConcurrentDictionary<int, Prediction>();

        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i % texts.Count] = predictor.Predict(texts[i % texts.Count]));

        Assert.Equal(Trained.Value.Model.Labels, loaded.Labels);
        Assert.Equal(expected, loaded.PredictBatch(texts));
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(expected[i].Label, results[i].Label);
            Assert.Equal(expected[i].Confidence, results[i].Confidence, 5);
        }
    }

    [Fact]
    public void Candidate_ScalesL2_WithTheNumberOfTexts()
    {
        var c = new TrainerCandidate(TrainerKind.SdcaSvm, 0.25);

        Assert.Equal(1f / (0.25f * 2000), c.L2(2000), 6);
        Assert.Equal(c.L2(2000) / 5, c.L2(10_000), 6);
        Assert.Equal("sdca-svm(C=0.25)", c.ToString());
        Assert.Equal("lbfgs", new TrainerCandidate(TrainerKind.Lbfgs).ToString());
        Assert.Equal(TrainerKind.SdcaSvm, TrainerKinds.Parse("sdca-svm"));
        Assert.Equal(TrainerCandidate.SvmGrid.Count, TrainerCandidate.Expand(TrainerKind.SdcaSvm, grid: true).Count());
        Assert.Single(TrainerCandidate.Expand(TrainerKind.Sdca, grid: true));
    }
}
