using Analytics.Engine.Classification;

namespace Analytics.Engine.Tests.Classification;

public class ClassifierTrainerTests
{
    [Fact]
    public void Train_GivesSaneCrossValidatedMetrics_OnSmallInlineSet()
    {
        var result = new ClassifierTrainer().Train(SmallCorpus.FastRequest());

        Assert.Equal(SmallCorpus.Data.Count, result.N);
        Assert.Equal(SmallCorpus.Data.Count, result.Metrics.N);
        Assert.InRange(result.Metrics.Accuracy, 0.6, 1.0);
        Assert.InRange(result.Metrics.MacroF1, 0.55, 1.0);
        Assert.Equal(3, result.Metrics.PerClass.Count);
        Assert.Equal(["billing_payments", "outages_quality", "staff_service"], result.Model.Labels.Order());
    }

    [Fact]
    public void Train_IsDeterministic_ForFixedSeed()
    {
        var first = new ClassifierTrainer().Train(SmallCorpus.FastRequest());
        var second = new ClassifierTrainer().Train(SmallCorpus.FastRequest());
        string[] probes = ["нет света с утра", "верните деньги за двойной платеж", "грубый оператор"];

        var a = first.Model.PredictBatch(probes);
        var b = second.Model.PredictBatch(probes);

        Assert.Equal(first.DataHash, second.DataHash);
        Assert.Equal(a.Select(p => p.Label), b.Select(p => p.Label));
        Assert.Equal(a.Select(p => Math.Round(p.Confidence, 5)), b.Select(p => Math.Round(p.Confidence, 5)));
        Assert.Equal(["outages_quality", "billing_payments", "staff_service"], a.Select(p => p.Label));
    }

    [Fact]
    public void Train_ChoosesAmongCandidates_WhenTrainerIsAuto()
    {
        var request = SmallCorpus.FastRequest() with { Trainer = TrainerKind.Auto, Features = null };

        var result = new ClassifierTrainer().Train(request);

        var tried = result.Candidates.Select(c => c.Trainer).Distinct().ToList();
        Assert.Contains("sdca", tried);
        Assert.Contains("ova-svm", tried);
        Assert.True(result.Candidates.Select(c => c.Features).Distinct().Count() >= 2);
        Assert.Equal(result.Candidates.Max(c => c.MacroF1), result.Metrics.MacroF1, 9);
    }

    [Fact]
    public void Train_Throws_WhenOnlyOneClass()
    {
        var one = SmallCorpus.Data.Where(d => d.Label == "staff_service").ToList();
        Assert.Throws<ArgumentException>(() => new ClassifierTrainer().Train(SmallCorpus.FastRequest(one)));
    }

    [Fact]
    public void Hash_IgnoresRowOrder_ButNotLabels()
    {
        var data = SmallCorpus.Data;
        var reversed = data.Reverse().ToList();
        var relabelled = data.Select((d, i) => i == 0 ? d with { Label = "other" } : d).ToList();

        Assert.Equal(ClassifierTrainer.Hash(data), ClassifierTrainer.Hash(reversed));
        Assert.NotEqual(ClassifierTrainer.Hash(data), ClassifierTrainer.Hash(relabelled));
    }
}
