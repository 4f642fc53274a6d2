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

    /// <summary>Whether the SVM's C is chosen from its grid; off, it keeps <see cref="TrainerCandidate.DefaultSvmC"/> (the light first start).</summary>
    public bool Grid { get; init; } = true;

    /// <summary>
    /// The two best trainer kinds of the first round meet again on a stratified sample of at most this many texts —
    /// by default the whole of a typical register, because the ranking measured on a few thousand texts can flip at
    /// ten thousand (docs/adr/0004).
    /// </summary>
    public int FinalistCap { get; init; } = 12_000;

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
    TimeSpan Elapsed)
{
    /// <summary>The SVM's inverse regularisation strength chosen by cross-validation (0 for other trainers).</summary>
    public double C { get; init; }

    /// <summary>The softmax temperature fitted on out-of-fold SVM scores (0 when the trainer gives probabilities itself).</summary>
    public double Temperature { get; init; }

    /// <summary>The trainer's command-line name with its chosen C, e.g. <c>sdca-svm(C=0.25)</c>.</summary>
    public string TrainerName => new TrainerCandidate(Trainer, C).ToString();
}
