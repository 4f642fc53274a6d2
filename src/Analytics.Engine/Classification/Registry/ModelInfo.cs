namespace Analytics.Engine.Classification.Registry;

/// <summary>A registered model version: task, trainer and n-grams, cross-validated metrics (JSON), data hash, file, active flag.</summary>
public sealed record ModelInfo(
    string Task,
    int Version,
    string Trainer,
    string Features,
    string MetricsJson,
    DateTime TrainedAt,
    string DataHash,
    int NTexts,
    string Path,
    bool Active);

/// <summary>What one batch-scoring run did for one task.</summary>
public sealed record ClassifyOutcome(string Task, int ModelVersion, int Scored, int NeedsReview);
