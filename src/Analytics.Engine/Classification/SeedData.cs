namespace Analytics.Engine.Classification;

/// <summary>
/// The labelled Russian seed set (<c>data/classification/appeals-seed.csv</c>, embedded in the engine so a
/// fresh install classifies out of the box): columns text, topic, kind, poor_quality.
/// </summary>
public static class SeedData
{
    private const string ResourceName = "Analytics.Engine.Classification.appeals-seed.csv";

    /// <summary>Seed texts labelled for <paramref name="task"/>; from <paramref name="path"/> when given, else the embedded copy.</summary>
    public static IReadOnlyList<LabelledText> Load(string task, string? path = null)
    {
        task = ClassificationTask.Require(task);
        if (!string.IsNullOrWhiteSpace(path))
            return LabelledCsv.Read(path, "text", task, l => ClassificationTask.NormalizeLabel(task, l)).Rows;
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its embedded seed set ({ResourceName}).");
        return LabelledCsv.Read(stream, "appeals-seed.csv", "text", task, l => ClassificationTask.NormalizeLabel(task, l)).Rows;
    }
}
