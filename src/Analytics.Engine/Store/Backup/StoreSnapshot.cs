using System.Reflection;
using System.Security.Cryptography;
using Dapper;

namespace Analytics.Engine.Store.Backup;

/// <summary>
/// Writes a snapshot of the store: every table as Parquet (<c>EXPORT DATABASE … (FORMAT PARQUET)</c>, which also writes
/// <c>schema.sql</c>/<c>load.sql</c>), the counts and checksums read in the same transaction as the export (so they
/// describe exactly what was exported while the host keeps writing), the trained models and the data-protection keys,
/// and a <see cref="BackupManifest"/> with the SHA-256 of every file. Used by <c>analytics backup</c> and the nightly job.
/// </summary>
public sealed class StoreSnapshot(AnalyticsStore store, TimeProvider? clock = null)
{
    public const string ModelsFolder = "models";
    public const string KeysFolder = "keys";

    /// <summary>Folder of trained model files (Classification:ModelPath); copied when it exists.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Data-protection keys folder; copied when it exists. Default: <see cref="StoreFolders.Keys"/>.</summary>
    public string? KeysPath { get; init; }

    public static string ToolVersion { get; } =
        typeof(StoreSnapshot).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(StoreSnapshot).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Writes the snapshot into <paramref name="folder"/>, which must be absent or empty.</summary>
    public BackupManifest Write(string folder, CancellationToken cancellationToken = default)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new BackupException("folder_not_empty", folder);
        if (!store.Exists) throw new BackupException("no_store", store.FilePath);
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);

        IReadOnlyList<BackupTable> tables;
        int schemaVersion;
        (string? Salt, IReadOnlyList<Privacy.Erasure.Tombstone> List) tombstones;
        using (var connection = store.Open())
        using (var tx = connection.BeginTransaction())
        {
            schemaVersion = connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version", transaction: tx) ?? 0;
            tables = TableChecksums.All(connection, tx);
            tombstones = Privacy.Erasure.TombstoneFile.Load(connection, tx);
            cancellationToken.ThrowIfCancellationRequested();
            connection.Execute($"EXPORT DATABASE {Sql.Quote(folder)} (FORMAT PARQUET)", transaction: tx);
            tx.Commit();
        }
        if (tombstones.Salt is { } salt) Privacy.Erasure.TombstoneFile.Write(folder, salt, tombstones.List);
        CopyFolder(ModelPath, Path.Combine(folder, ModelsFolder));
        CopyFolder(KeysPath ?? StoreFolders.Keys(store.FilePath), Path.Combine(folder, KeysFolder));

        var manifest = new BackupManifest
        {
            CreatedAt = (clock ?? TimeProvider.System).GetUtcNow(),
            ToolVersion = ToolVersion,
            SchemaVersion = schemaVersion,
            Tables = tables,
            Files = Describe(folder),
        };
        manifest.Write(folder);
        return manifest;
    }

    /// <summary>
    /// Every file under the folder except the manifest, the verification record and the tombstone list (which later
    /// erasures rewrite), with its SHA-256.
    /// </summary>
    internal static IReadOnlyList<BackupFile> Describe(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p is not BackupManifest.FileName and not BackupVerification.FileName and not Privacy.Erasure.TombstoneFile.FileName)
            .Order(StringComparer.Ordinal)
            .Select(p => new BackupFile(p, new FileInfo(Path.Combine(folder, p)).Length, Sha256(Path.Combine(folder, p))))];

    internal static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void CopyFolder(string? source, string target)
    {
        if (string.IsNullOrWhiteSpace(source) || !Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}

internal static class Sql
{
    public static string Quote(string literal) => "'" + literal.Replace("'", "''", StringComparison.Ordinal) + "'";
}
