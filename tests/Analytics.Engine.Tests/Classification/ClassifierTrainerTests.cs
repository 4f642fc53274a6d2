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
        Assert.Contains("lbfgs", tried);
        Assert.Contains("ova-perceptron", tried);
        Assert.Equal(TrainerCandidate.SvmGrid.Count, tried.Count(t => t.StartsWith("sdca-svm(C=", StringComparison.Ordinal)));
        Assert.True(result.Candidates.Select(c => c.Features).Distinct().Count() >= 2);
        // One-standard-error rule: the chosen trainer is within one SE of the best cross-validated macro-F1.
        var best = result.Candidates.Max(c => c.MacroF1);
        var se = Math.Sqrt(result.Metrics.Accuracy * (1 - result.Metrics.Accuracy) / result.Metrics.N);
        Assert.InRange(result.Metrics.MacroF1, best - 1.5 * se, best);
        Assert.Contains(result.Candidates, c => Math.Abs(c.MacroF1 - result.Metrics.MacroF1) < 1e-9);
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

    [Fact]
    public void Train_ReplaysTheSvmGrid_OnALargerSample_WhenDataExceedsTheCap()
    {
        var request = SmallCorpus.FastRequest() with { Trainer = TrainerKind.Auto, Features = new FeatureSettings(2, 3), SelectionCap = 30, FinalistCap = 54 };

        var result = new ClassifierTrainer().Train(request);

        // First round: every candidate once; finalists: the SVM's whole C grid, plus the best other kind again
        // unless the first round already chose the SVM.
        var firstRound = TrainerCandidate.SvmGrid.Count + ClassifierTrainer.AutoCandidates(3, wholeData: false).Count - 1;
        var finalists = result.Candidates.Skip(firstRound).ToList();
        Assert.InRange(finalists.Count, TrainerCandidate.SvmGrid.Count, TrainerCandidate.SvmGrid.Count + 1);
        Assert.Equal(TrainerCandidate.SvmGrid.Count, finalists.Count(c => c.Trainer.StartsWith("sdca-svm", StringComparison.Ordinal)));
        Assert.Equal(54, result.N);
    }

    [Fact]
    public void Train_ChoosesTheSvmsC_AgainOnTheLargerSample_WhenTheSvmIsAskedFor()
    {
        var request = SmallCorpus.FastRequest() with { Trainer = TrainerKind.SdcaSvm, Features = new FeatureSettings(2, 3), SelectionCap = 30, FinalistCap = 54 };

        var result = new ClassifierTrainer().Train(request);

        Assert.Equal(2 * TrainerCandidate.SvmGrid.Count, result.Candidates.Count);
        Assert.Equal(TrainerKind.SdcaSvm, result.Trainer);
        Assert.Contains(TrainerCandidate.SvmGrid, c => c == result.C);
    }
}
