using Analytics.Engine.Classification.Registry;
using Analytics.Engine.Store;
using Microsoft.Extensions.Logging;

namespace Analytics.Engine.Classification;

/// <summary>Where the first start is: step <see cref="Step"/> of <see cref="Steps"/>, training or scoring a task, appeals scored so far.</summary>
public sealed record FirstStartProgress(int Step, int Steps, string Task, bool Scoring, long Scored = 0);

/// <summary>What the first start's work did: the models it trained and each task's scoring (the host logs it).</summary>
public sealed record FirstStartOutcome(IReadOnlyList<ModelInfo> Trained, IReadOnlyList<ClassifyOutcome> Classified);

/// <summary>
/// The background work of a first start (#20 item 5, usability finding D27): the three seed models, trained light
/// — the seed set plus a deterministic stratified sample of the register, one fixed trainer (the SDCA SVM at its
/// default C, word and character n-grams without the word pairs) instead of cross-validated model choice — then
/// every demo appeal scored, task by task, streamed. The weekly retrain and <c>analytics classifier retrain</c> keep
/// the full selection on all labels and replace these models. The one home for this work: the host runs it, <c>bench firststart</c> measures it.
/// See docs/adr/0036-light-first-start.md.
/// </summary>
public static class FirstStart
{
    /// <summary>Register labels the first start trains on by default (per task; every class keeps at least a few).</summary>
    public const int DefaultTrainingSample = 12_000;

    /// <summary>Trains the seed models a task lacks (light), then scores every appeal without a result.</summary>
    public static FirstStartOutcome Run(
        AnalyticsStore store, ClassificationOptions options, int trainingSample = DefaultTrainingSample, ILogger? logger = null,
        IProgress<string>? log = null, IProgress<FirstStartProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var service = new ClassificationService(store, options, logger);
        var tasks = ClassificationTask.All;
        var steps = tasks.Count * 2;
        var trained = new List<ModelInfo>();
        for (var i = 0; i < tasks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new FirstStartProgress(i + 1, steps, tasks[i], Scoring: false));
            if (SeedModels.HasModel(service, tasks[i])) continue;
            trained.Add(service.Train(tasks[i], progress: log, light: new LightTraining(trainingSample)));
        }
        var classified = new List<ClassifyOutcome>();
        for (var i = 0; i < tasks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = tasks.Count + i + 1;
            var task = tasks[i];
            progress?.Report(new FirstStartProgress(step, steps, task, Scoring: true));
            var outcome = service.Classify(task, all: false, log, scored => progress?.Report(new FirstStartProgress(step, steps, task, true, scored)));
            if (outcome is not null) classified.Add(outcome);
        }
        return new FirstStartOutcome(trained, classified);
    }
}

/// <summary>
/// A light training run: at most <see cref="RegisterSample"/> register labels (a seeded stratified sample, every class
/// kept; 0 = all) and one fixed configuration instead of cross-validated choice.
/// </summary>
public sealed record LightTraining(int RegisterSample)
{
    /// <summary>
    /// Word 1-2 and character 1-4 n-grams without the word pairs: the pairs cost about ten times the CPU per text
    /// (Banking77 batch: 2,335 vs 23,046 texts per CPU-second, ADR 0004) for under a point of macro-F1, and the first
    /// start scores every appeal three times. The full runs keep the pairs.
    /// </summary>
    public static FeatureSettings Features { get; } = new(2, 4);
}
