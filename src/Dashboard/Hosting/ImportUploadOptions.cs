using System.ComponentModel.DataAnnotations;

namespace Dashboard.Hosting;

/// <summary>Limits on uploaded import files (section <c>Imports</c>).</summary>
public sealed class ImportUploadOptions
{
    public const string SectionName = "Imports";

    [Range(1, 10 * 1024, ErrorMessage = "Imports:MaxUploadMegabytes must be between 1 and 10240.")]
    public int MaxUploadMegabytes { get; set; } = 512;

    /// <summary>
    /// File name endings accepted, with the dot, compared case-insensitively. The default is what the import
    /// service reads (Engine <c>Store/Ingest/Sources/RecordSources</c>); keep the two in step.
    /// </summary>
    [MinLength(1, ErrorMessage = "Imports:AllowedExtensions must list at least one extension.")]
    public string[] AllowedExtensions { get; set; } = [".csv", ".txt", ".tsv", ".xlsx", ".arrow", ".feather", ".ipc", ".parquet"];

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    public bool IsAllowed(string fileName) =>
        AllowedExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);
}
