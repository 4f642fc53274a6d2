using System.ComponentModel.DataAnnotations;

namespace Dashboard.Export;

/// <summary>
/// Background exports (section <c>Exports</c>): where the files go (relative: beside the store file), how long they
/// are kept, and how many rows are read per page (memory is bounded by one page, not by the file).
/// </summary>
public sealed class ExportOptions
{
    public const string SectionName = "Exports";

    [Required]
    public string Folder { get; set; } = "exports";

    /// <summary>Files and their jobs older than this are deleted by the nightly cleanup.</summary>
    [Range(1, 365)]
    public int KeepDays { get; set; } = 7;

    [Range(1_000, 100_000)]
    public int PageRows { get; set; } = 50_000;

    public string CleanupCron { get; set; } = "15 2 * * *";
}
