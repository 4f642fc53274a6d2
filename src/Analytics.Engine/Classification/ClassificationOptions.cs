using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Classification;

/// <summary>Settings of appeal classification, bound from the <c>Classification</c> configuration section.</summary>
public sealed class ClassificationOptions
{
    public const string SectionName = "Classification";

    /// <summary>Folder where trained models are saved as zip files; relative paths resolve against the working directory.</summary>
    [Required]
    public string ModelPath { get; set; } = "data/models";

    /// <summary>Predictions whose confidence (top class probability) is below this are flagged for review.</summary>
    [Range(0.0, 1.0)]
    public double ReviewThreshold { get; set; } = 0.6;

    /// <summary>Seed of <c>MLContext</c>: the same data and seed give the same model.</summary>
    public int Seed { get; set; } = 20240501;

    /// <summary>Trainer: <c>auto</c> (chosen by cross-validation) or one of sdca, lbfgs, ova-svm, ova-perceptron, lightgbm.</summary>
    [Required]
    public string Trainer { get; set; } = "auto";

    /// <summary>N-grams: <c>auto</c> (chosen by cross-validation), <c>W,C</c> (word 1..W, char 1..C, e.g. <c>2,5</c>) or <c>W,C,pairs</c> (plus word pairs).</summary>
    public string Ngrams { get; set; } = "auto";

    /// <summary>Optional CSV (text,topic,kind,poor_quality) that replaces the built-in seed set.</summary>
    public string? SeedDataPath { get; set; }

    /// <summary>Whether training from the store also uses the seed set (register labels and corrections are added to it).</summary>
    public bool IncludeSeedData { get; set; } = true;
}
