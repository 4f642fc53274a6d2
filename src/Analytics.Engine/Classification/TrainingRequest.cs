namespace Analytics.Engine.Classification;

/// <summary>
/// What to train: labelled texts, the trainer (or <see cref="TrainerKind.Auto"/>), the n-gram setting
/// (null = chosen by cross-validation), the seed, and the size of the model-selection sample and folds.
/// </summary>
public sealed record TrainingRequest(IReadOnlyList<LabelledText> Data)
{
    public TrainerKind Trainer { get; init; } = TrainerKind.Auto;

    public FeatureSettings? Features { get; init; }

    public int Seed { get; init; } = 20240501;

    /// <summary>Cross-validation runs on a stratified sample of at most this many texts (2 shared cores).</summary>
    public int SelectionCap { get; init; } = 3000;

    public int Folds { get; init; } = 3;

    /// <summary>Weight examples by inverse class frequency.</summary>
    public bool BalanceClasses { get; init; } = true;
}

/// <summary>Cross-validated figures of one candidate configuration.</summary>
public sealed record CandidateScore(string Trainer, string Features, double MacroF1, double Accuracy, double Seconds);

/// <summary>
/// A trained model with the configuration that won, its cross-validated metrics (on the selection sample),
/// every candidate tried, the data hash and the wall-clock time.
/// </summary>
public sealed record TrainingResult(
    ClassifierModel Model,
    TrainerKind Trainer,
    FeatureSettings Features,
    ClassificationMetrics Metrics,
    IReadOnlyList<CandidateScore> Candidates,
    string DataHash,
    int N,
    TimeSpan Elapsed);
