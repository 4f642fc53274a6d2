using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Analytics.Engine.Classification;

/// <summary>
/// Cross-validates candidate configurations. Each fold is featurised once (fitted on its training part only)
/// and cached, and every trainer is fitted on those features — featurising dominates the cost. The raw
/// out-of-fold scores are kept so the SVM's softmax temperature can be fitted on texts it did not see.
/// </summary>
/// <remarks>
/// The trainers of a fold are fitted two at a time (the SVM is single-threaded for determinism, so a C grid would
/// otherwise leave a core idle); each fit gets its own <c>MLContext</c> with the same seed, so the result of a
/// candidate does not depend on which fits ran beside it.
/// </remarks>
internal sealed class ModelSelection(MLContext ml, IReadOnlyList<Fold> folds, bool balance, int seed)
{
    /// <summary>A candidate with its pooled out-of-fold metrics and raw scores (score vector, index of the true class).</summary>
    public sealed record Scored(
        TrainerCandidate Trainer, FeatureSettings Features, ClassificationMetrics Metrics, CandidateScore Score,
        IReadOnlyList<(float[] Scores, int Truth)> OutOfFold);

    public Scored Score(TrainerCandidate trainer, FeatureSettings features, IProgress<string>? progress) =>
        ScoreTrainers([trainer], features, progress)[0];

    public IReadOnlyList<Scored> ScoreTrainers(IReadOnlyList<TrainerCandidate> trainers, FeatureSettings features, IProgress<string>? progress)
    {
        var truth = new List<string>();
        var predicted = trainers.ToDictionary(t => t, _ => new List<string>());
        var raw = trainers.ToDictionary(t => t, _ => new List<(float[], int)>());
        var seconds = trainers.ToDictionary(t => t, _ => 0.0);
        var failed = new HashSet<TrainerCandidate>();
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
            var fits = trainers.Where(t => !failed.Contains(t)).Select(t => new FoldFit(t)).ToList();
            Parallel.ForEach(fits, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 2) }, fit =>
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    var local = new MLContext(seed);
                    var model = ClassifierPipeline.Trainer(local, fit.Trainer, fold.Train.Count, temperature: 0).Fit(trainFeatures);
                    foreach (var p in local.Data.CreateEnumerable<FoldPrediction>(model.Transform(testFeatures), reuseRowObject: false))
                    {
                        fit.Predicted.Add(p.PredictedLabel);
                        // Keys are 1-based; 0 is a label the fold's training part never saw.
                        fit.Raw.Add((p.Score, (int)p.Label - 1));
                    }
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or DllNotFoundException)
                {
                    // A trainer that cannot run here (e.g. LightGbm's native library) drops out of the selection.
                    fit.Error = ex.Message;
                }
                fit.Seconds = watch.Elapsed.TotalSeconds;
                progress?.Report(FormattableString.Invariant($"    {fit.Trainer}: {fit.Seconds:0.0}s"));
            });
            foreach (var fit in fits)
            {
                if (fit.Error is not null)
                {
                    failed.Add(fit.Trainer);
                    progress?.Report($"  {fit.Trainer} failed and is skipped: {fit.Error}");
                    continue;
                }
                predicted[fit.Trainer].AddRange(fit.Predicted);
                raw[fit.Trainer].AddRange(fit.Raw);
                seconds[fit.Trainer] += fit.Seconds + featureSeconds / trainers.Count;
            }
        }
        var results = new List<Scored>();
        foreach (var trainer in trainers.Where(t => !failed.Contains(t)))
        {
            var metrics = ClassificationMetrics.Compute(truth, predicted[trainer]);
            var score = new CandidateScore(trainer.ToString(), features.ToString(), metrics.MacroF1, metrics.Accuracy, seconds[trainer]);
            progress?.Report(FormattableString.Invariant(
                $"  cv {score.Trainer,-15} {score.Features,-16} macro-F1 {score.MacroF1:0.0000} accuracy {score.Accuracy:0.0000} ({score.Seconds:0.0}s)"));
            results.Add(new Scored(trainer, features, metrics, score, raw[trainer]));
        }
        return results.Count > 0 ? results : throw new InvalidOperationException("No trainer could be fitted on this data.");
    }

    /// <summary>One trainer's fit on one fold: its predictions in the fold's order, or why it could not run.</summary>
    private sealed class FoldFit(TrainerCandidate trainer)
    {
        public TrainerCandidate Trainer { get; } = trainer;
        public List<string> Predicted { get; } = [];
        public List<(float[], int)> Raw { get; } = [];
        public double Seconds { get; set; }
        public string? Error { get; set; }
    }

    /// <summary>An out-of-fold prediction with the true label's key, so raw scores can be paired with the truth.</summary>
    private sealed class FoldPrediction
    {
        [ColumnName("Label")]
        public uint Label { get; set; }

        [ColumnName("PredictedLabel")]
        public string PredictedLabel { get; set; } = string.Empty;

        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }
}
