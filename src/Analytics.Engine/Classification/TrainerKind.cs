namespace Analytics.Engine.Classification;

/// <summary>ML.NET multiclass trainers the classifier can use; <see cref="Auto"/> picks one by cross-validation.</summary>
public enum TrainerKind
{
    Auto,
    Sdca,
    Lbfgs,
    OvaSvm,
    OvaPerceptron,
    LightGbm,

    /// <summary>Multiclass linear SVM (hinge loss) by SDCA, probabilities by a fitted softmax temperature.</summary>
    SdcaSvm,
}

/// <summary>Command-line names of <see cref="TrainerKind"/>.</summary>
public static class TrainerKinds
{
    private static readonly Dictionary<string, TrainerKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = TrainerKind.Auto,
        ["sdca"] = TrainerKind.Sdca,
        ["lbfgs"] = TrainerKind.Lbfgs,
        ["ova-svm"] = TrainerKind.OvaSvm,
        ["ova-perceptron"] = TrainerKind.OvaPerceptron,
        ["lightgbm"] = TrainerKind.LightGbm,
        ["sdca-svm"] = TrainerKind.SdcaSvm,
    };

    /// <summary>Every accepted name.</summary>
    public static IEnumerable<string> All => Names.Keys;

    public static TrainerKind Parse(string name) =>
        Names.TryGetValue(name.Trim(), out var kind)
            ? kind
            : throw new ArgumentException($"Unknown trainer '{name}'. Known: {string.Join(", ", Names.Keys)}.", nameof(name));

    public static string Name(TrainerKind kind) => Names.First(p => p.Value == kind).Key;
}
