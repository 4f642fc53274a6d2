using System.Collections.Concurrent;
using Analytics.Engine.Classification.Registry;
using Analytics.Engine.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Classification;

/// <summary>
/// Appeal classification over the store: train a task from the seed set plus register labels and people's
/// corrections, batch-score pending appeals with the active model, correct labels, list and activate models,
/// and score single texts through pooled prediction engines (safe from many threads).
/// </summary>
public sealed class ClassificationService
{
    private readonly ClassificationOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, (int Version, ClassifierModel Model, PooledPredictor Predictor)> _served = new();

    public ClassificationService(AnalyticsStore store, IOptions<ClassificationOptions> options, ILogger<ClassificationService>? logger = null)
        : this(store, options.Value, logger) { }

    public ClassificationService(AnalyticsStore store, ClassificationOptions options, ILogger? logger = null)
    {
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        Registry = new ModelRegistry(store, options.ModelPath);
        Data = new ClassificationStore(store);
    }

    public ModelRegistry Registry { get; }

    public ClassificationStore Data { get; }

    /// <summary>
    /// Trains a new version of the task's model, registers it and (by default) activates it. With
    /// <paramref name="light"/> (the first start) the register labels are a seeded stratified sample and the
    /// configuration is fixed — the SDCA SVM at its default C, n-grams without the word pairs — instead of chosen.
    /// </summary>
    public ModelInfo Train(string task, TrainerKind? trainer = null, bool activate = true, IProgress<string>? progress = null,
        LightTraining? light = null)
    {
        task = ClassificationTask.Require(task);
        var data = new List<LabelledText>();
        if (_options.IncludeSeedData) data.AddRange(SeedData.Load(task, _options.SeedDataPath));
        var register = Data.RegisterLabels(task);
        if (light is { RegisterSample: > 0 } && register.Count > light.RegisterSample)
        {
            var all = register.Count;
            register = Sampling.Stratified(register, light.RegisterSample, _options.Seed);
            progress?.Report($"{task}: a stratified sample of {register.Count} of {all} register labels");
        }
        data.AddRange(register);
        progress?.Report($"{task}: {data.Count} labelled texts ({register.Count} from the register and corrections)");
        var request = light is null
            ? new TrainingRequest(data)
            {
                Trainer = trainer ?? TrainerKinds.Parse(_options.Trainer),
                Features = FeatureSettings.Parse(_options.Ngrams),
                Seed = _options.Seed,
            }
            : new TrainingRequest(data)
            {
                // One fit per fold (metrics and the softmax temperature) and one final fit: no grid, no finalists.
                Trainer = TrainerKind.SdcaSvm,
                Grid = false,
                Features = LightTraining.Features,
                FinalistCap = 0,
                Seed = _options.Seed,
            };
        var result = new ClassifierTrainer(_logger).Train(request, progress);
        var info = Registry.Register(task, result, activate);
        _logger.LogInformation("Registered {Task} model v{Version} ({Trainer}, {Features}); active: {Active}",
            task, info.Version, info.Trainer, info.Features, info.Active);
        return info;
    }

    /// <summary>Scores the appeals without a result (or all, when <paramref name="all"/>) with each task's active model.</summary>
    public IReadOnlyList<ClassifyOutcome> ClassifyPending(bool all = false, IProgress<string>? progress = null)
    {
        var outcomes = new List<ClassifyOutcome>();
        foreach (var task in ClassificationTask.All)
        {
            var outcome = Classify(task, all, progress);
            if (outcome is not null) outcomes.Add(outcome);
        }
        return outcomes;
    }

    /// <summary>
    /// Scores one task's pending appeals (or all) with its active model, streamed from the store through the model into
    /// the staging table; <paramref name="scored"/> hears the running count every <see cref="ScoredEvery"/> appeals.
    /// Null when the task has no active model.
    /// </summary>
    public ClassifyOutcome? Classify(string task, bool all = false, IProgress<string>? progress = null, Action<long>? scored = null)
    {
        task = ClassificationTask.Require(task);
        var served = Serve(task);
        if (served is null)
        {
            progress?.Report($"{task}: no active model, skipped");
            return null;
        }
        var predictions = served.Value.Model.PredictBatch(Data.Pending(task, all));
        var outcome = Data.Write(task, served.Value.Version, _options.ReviewThreshold, Counted(predictions, scored));
        progress?.Report($"{task}: scored {outcome.Scored} appeal(s) with v{outcome.ModelVersion}, {outcome.NeedsReview} flagged for review");
        scored?.Invoke(outcome.Scored);
        return outcome;
    }

    /// <summary>How often <see cref="Classify"/> reports its running count.</summary>
    public const int ScoredEvery = 10_000;

    private static IEnumerable<T> Counted<T>(IEnumerable<T> rows, Action<long>? scored)
    {
        long n = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++n % ScoredEvery == 0) scored?.Invoke(n);
        }
    }

    /// <summary>Scores one text with the task's active model; null when the task has no active model.</summary>
    public Prediction? Predict(string task, string text) => Serve(task)?.Predictor.Predict(text);

    /// <summary>Stores a person's label; the next training run uses it.</summary>
    public void CorrectLabel(string registerNo, string task, string label, string correctedBy) =>
        Data.Correct(registerNo, task, label, correctedBy);

    public IReadOnlyList<ModelInfo> ListModels(string? task = null) => Registry.List(task);

    /// <summary>Switches the task's active model; the next prediction loads it.</summary>
    public void Activate(string task, int version, string? actor = null)
    {
        Registry.Activate(task, version, actor);
        _served.TryRemove(ClassificationTask.Require(task), out _);
    }

    private (int Version, ClassifierModel Model, PooledPredictor Predictor)? Serve(string task)
    {
        task = ClassificationTask.Require(task);
        var active = Registry.Active(task);
        if (active is null) return null;
        if (_served.TryGetValue(task, out var current) && current.Version == active.Version) return current;
        var model = ClassifierModel.Load(active.Path, _options.Seed);
        var served = (active.Version, model, new PooledPredictor(model));
        _served[task] = served;
        return served;
    }
}
