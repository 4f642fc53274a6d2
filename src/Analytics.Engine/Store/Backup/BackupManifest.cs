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
        if (!Directory.Exists(folder)) throw new BackupException("snapshot_folder_missing", folder);
        if (!File.Exists(path)) throw new BackupException("not_a_snapshot", folder, FileName);
        BackupManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json); }
        catch (JsonException ex)
        {
            throw new BackupException(ex, "manifest_not_json", path, (ex.LineNumber ?? 0) + 1, ex.Path);
        }
        if (manifest is null || manifest.Tables.Count == 0 || manifest.SchemaVersion <= 0)
            throw new BackupException("manifest_empty", path);
        if (manifest.Format != CurrentFormat)
            throw new BackupException("manifest_format", path, manifest.Format, CurrentFormat);
        if (manifest.Tables.Any(t => string.IsNullOrWhiteSpace(t.Name) || string.IsNullOrWhiteSpace(t.Checksum) || t.Rows < 0))
            throw new BackupException("manifest_bad_table", path);
        if (manifest.Files.Any(f => string.IsNullOrWhiteSpace(f.Path) || f.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(f.Path)))
            throw new BackupException("manifest_bad_file", path);
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

/// <summary>
/// A snapshot that cannot be written, trusted or restored; the message says which file (or table) and why, Russian
/// first and English second (<see cref="Vocabulary.BackupReasons"/>), as import refusals do.
/// </summary>
public sealed class BackupException : Exception
{
    public BackupException(string code, params object?[] details) : this((Exception?)null, code, details) { }

    public BackupException(Exception? inner, string code, params object?[] details) : base(Vocabulary.BackupReasons.Text(code, details), inner)
    {
        Code = code;
        Russian = Vocabulary.BackupReasons.Russian(code, details);
    }

    /// <summary>The stable code of the catalogue.</summary>
    public string Code { get; }

    /// <summary>The Russian half alone.</summary>
    public string Russian { get; }
}
