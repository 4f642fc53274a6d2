using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Engine.Store.Backup;

/// <summary>
/// <c>manifest.json</c> of a snapshot: what a restore must reproduce (tables, rows, content checksums) and what it may
/// trust (the SHA-256 of every file, so a changed or missing file is named before anything is loaded).
/// </summary>
public sealed record BackupManifest
{
    public const string FileName = "manifest.json";

    /// <summary>Layout of the snapshot folder; a restore refuses a format it does not know.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public DateTimeOffset CreatedAt { get; init; }
    public string ToolVersion { get; init; } = "";
    public int SchemaVersion { get; init; }
    /// <summary>How <see cref="BackupTable.Checksum"/> is computed (see <see cref="TableChecksums.Method"/>).</summary>
    public string ChecksumMethod { get; init; } = TableChecksums.Method;
    public IReadOnlyList<BackupTable> Tables { get; init; } = [];
    public IReadOnlyList<BackupFile> Files { get; init; } = [];

    [JsonIgnore] public long Rows => Tables.Sum(t => t.Rows);
    [JsonIgnore] public int Models => Files.Count(f => f.Path.StartsWith(StoreSnapshot.ModelsFolder + "/", StringComparison.Ordinal));
    [JsonIgnore] public int Keys => Files.Count(f => f.Path.StartsWith(StoreSnapshot.KeysFolder + "/", StringComparison.Ordinal));

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>Reads and checks the manifest of <paramref name="folder"/>.</summary>
    /// <exception cref="BackupException">Missing, not JSON, or incomplete.</exception>
    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!Directory.Exists(folder)) throw new BackupException($"Snapshot folder '{folder}' does not exist.");
        if (!File.Exists(path)) throw new BackupException($"'{folder}' is not a snapshot: {FileName} is missing.");
        BackupManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json); }
        catch (JsonException ex)
        {
            throw new BackupException($"{path} is damaged: not valid JSON (line {(ex.LineNumber ?? 0) + 1}, {ex.Path}).", ex);
        }
        if (manifest is null || manifest.Tables.Count == 0 || manifest.SchemaVersion <= 0)
            throw new BackupException($"{path} is damaged: it lists no tables or no schema version.");
        if (manifest.Format != CurrentFormat)
            throw new BackupException($"{path} has snapshot format {manifest.Format}; this build reads format {CurrentFormat}.");
        if (manifest.Tables.Any(t => string.IsNullOrWhiteSpace(t.Name) || string.IsNullOrWhiteSpace(t.Checksum) || t.Rows < 0))
            throw new BackupException($"{path} is damaged: a table entry has no name, no checksum or a negative row count.");
        if (manifest.Files.Any(f => string.IsNullOrWhiteSpace(f.Path) || f.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(f.Path)))
            throw new BackupException($"{path} is damaged: a file entry is empty or points outside the snapshot.");
        return manifest;
    }

    /// <summary>The manifest, or null when the folder has none or it cannot be read (for status displays).</summary>
    public static BackupManifest? TryRead(string folder)
    {
        try { return Read(folder); }
        catch (BackupException) { return null; }
        catch (IOException) { return null; }
    }
}

/// <summary>One table of the snapshot.</summary>
public sealed record BackupTable(string Name, long Rows, string Checksum);

/// <summary>One file of the snapshot, relative to its folder with '/' separators.</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);

/// <summary>A snapshot that cannot be written, trusted or restored; the message says which file and why.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
