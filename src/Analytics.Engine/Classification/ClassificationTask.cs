namespace Analytics.Engine.Classification;

/// <summary>
/// The three classification tasks of product feature F10 and their label sets. The poor-quality flag is a
/// two-class task with labels <c>true</c>/<c>false</c>, so all three share one pipeline.
/// </summary>
public static class ClassificationTask
{
    public const string Topic = "topic";
    public const string Kind = "kind";
    public const string PoorQuality = "poor_quality";

    /// <summary>Every task, in the order they are trained and scored.</summary>
    public static IReadOnlyList<string> All { get; } = [Topic, Kind, PoorQuality];

    /// <summary>Topics of F10.</summary>
    public static IReadOnlyList<string> Topics { get; } =
    [
        "outages_quality", "billing_payments", "metering_readings", "tech_connection",
        "contracts", "staff_service", "information", "other",
    ];

    /// <summary>Kinds of appeal (the CHECK constraint of <c>appeal.kind</c>).</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["complaint", "suggestion", "review", "information_request", "service_request"];

    /// <summary>Labels a task accepts.</summary>
    public static IReadOnlyList<string> LabelsOf(string task) => Require(task) switch
    {
        Topic => Topics,
        Kind => Kinds,
        _ => ["true", "false"],
    };

    /// <summary>Returns the task name, or throws naming the known ones.</summary>
    public static string Require(string task)
    {
        var t = task.Trim().ToLowerInvariant().Replace('-', '_');
        return All.Contains(t)
            ? t
            : throw new ArgumentException($"Unknown classification task '{task}'. Known: {string.Join(", ", All)}.", nameof(task));
    }

    /// <summary>Canonical label for a task: trims, lower-cases and maps boolean spellings for the flag.</summary>
    public static string NormalizeLabel(string task, string label)
    {
        var l = label.Trim().ToLowerInvariant();
        if (Require(task) != PoorQuality) return l;
        return l switch
        {
            "true" or "1" or "yes" or "да" or "t" => "true",
            "false" or "0" or "no" or "нет" or "f" => "false",
            _ => throw new ArgumentException($"'{label}' is not a boolean for task poor_quality.", nameof(label)),
        };
    }
}
