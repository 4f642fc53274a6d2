using System.Diagnostics;
using Microsoft.ML;

namespace Analytics.Engine.Classification;

/// <summary>
/// Cross-validates candidate configurations. Each fold is featurised once (fitted on its training part only)
/// and cached, and every trainer is fitted on those features — featurising dominates the cost.
/// </summary>
internal sealed class ModelSelection(MLContext ml, IReadOnlyList<Fold> folds, bool balance)
{
    /// <summary>A candidate with its pooled out-of-fold metrics.</summary>
    public sealed record Scored(TrainerKind Trainer, FeatureSettings Features, ClassificationMetrics Metrics, CandidateScore Score);

    public Scored Score(TrainerKind trainer, FeatureSettings features, IProgress<string>? progress) =>
        ScoreTrainers([trainer], features, progress)[0];

    public IReadOnlyList<Scored> ScoreTrainers(IReadOnlyList<TrainerKind> trainers, FeatureSettings features, IProgress<string>? progress)
    {
        var truth = new List<string>();
        var predicted = trainers.ToDictionary(t => t, _ => new List<string>());
        var seconds = trainers.ToDictionary(t => t, _ => 0.0);
        var failed = new HashSet<TrainerKind>();
        for (var f = 0; f < folds.Count; f++)
        {
            var fold = folds[f];
            var featureWatch = Stopwatch.StartNew();
            var trainView = ml.Data.LoadFromEnumerable(ClassifierTrainer.Weighted(fold.Train, balance));
            var testView = ml.Data.LoadFromEnumerable(ClassifierTrainer.Weighted(fold.Test, balance));
            var featurizer = ClassifierPipeline.Featurizer(ml, features).Fit(trainView);
            var trainFeatures = ml.Data.Cache(featurizer.Transform(trainView));
            var testFeatures = ml.Data.Cache(featurizer.Transform(testView));
            var featureSeconds = featureWatch.Elapsed.TotalSeconds;
            progress?.Report(FormattableString.Invariant($"  fold {f + 1}/{folds.Count}: {features} fitted in {featureSeconds:0.0}s"));
            truth.AddRange(fold.Test.Select(t => t.Label));
            foreach (var trainer in trainers.Where(t => !failed.Contains(t)))
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    var model = ClassifierPipeline.Trainer(ml, trainer).Fit(trainFeatures);
                    var scored = model.Transform(testFeatures);
                    predicted[trainer].AddRange(ml.Data.CreateEnumerable<TextPrediction>(scored, reuseRowObject: true).Select(p => p.PredictedLabel));
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or DllNotFoundException)
                {
                    // A trainer that cannot run here (e.g. LightGbm's native library) drops out of the selection.
                    failed.Add(trainer);
                    progress?.Report($"  {TrainerKinds.Name(trainer)} failed and is skipped: {ex.Message}");
                }
                seconds[trainer] += watch.Elapsed.TotalSeconds + featureSeconds / trainers.Count;
                progress?.Report(FormattableString.Invariant($"    {TrainerKinds.Name(trainer)}: {watch.Elapsed.TotalSeconds:0.0}s"));
            }
        }
        var results = new List<Scored>();
        foreach (var trainer in trainers.Where(t => !failed.Contains(t)))
        {
            var metrics = ClassificationMetrics.Compute(truth, predicted[trainer]);
            var score = new CandidateScore(TrainerKinds.Name(trainer), features.ToString(), metrics.MacroF1, metrics.Accuracy, seconds[trainer]);
            progress?.Report(FormattableString.Invariant(
                $"  cv {score.Trainer,-15} {score.Features,-16} macro-F1 {score.MacroF1:0.0000} accuracy {score.Accuracy:0.0000} ({score.Seconds:0.0}s)"));
            results.Add(new Scored(trainer, features, metrics, score));
        }
        return results.Count > 0 ? results : throw new InvalidOperationException("No trainer could be fitted on this data.");
    }
}
