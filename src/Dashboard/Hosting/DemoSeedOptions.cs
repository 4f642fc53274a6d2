using System.ComponentModel.DataAnnotations;

namespace Dashboard.Hosting;

/// <summary>Whether and how the host fills an empty store with the demo organisation (section <c>Demo</c>).</summary>
public sealed class DemoSeedOptions
{
    public const string SectionName = "Demo";

    /// <summary>Generate the demo organisation when the store holds no organisation yet.</summary>
    public bool OnFirstRun { get; set; } = true;

    /// <summary>Size of the demo relative to the standard one (1 = a full company); tests use 0.01.</summary>
    [Range(0.001, 100, ErrorMessage = "Demo:Scale must be between 0.001 and 100.")]
    public double Scale { get; set; } = 1;

    /// <summary>Random seed, so two first runs give the same demo.</summary>
    public int Seed { get; set; } = 20240101;

    /// <summary>
    /// After generating the demo, train the seed classifier models and classify the demo appeals in the background
    /// (the host serves requests meanwhile); tests switch it off to keep CPU for themselves.
    /// </summary>
    public bool Classify { get; set; } = true;

    /// <summary>
    /// Register labels (per task) the first start trains the seed models on: a seeded stratified sample, every class
    /// kept, one fixed trainer — so the first start stays light (#20 item 5); 0 = all labels. The weekly retrain and
    /// <c>analytics classifier train</c> use every label with the cross-validated choice.
    /// </summary>
    [Range(0, 10_000_000, ErrorMessage = "Demo:ClassifyTrainingSample must be between 0 (all labels) and 10000000.")]
    public int ClassifyTrainingSample { get; set; } = Analytics.Engine.Classification.FirstStart.DefaultTrainingSample;
}
