using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Backup;

/// <summary>
/// Figures of a restore: what was loaded and that it equals the manifest; the model and key files put in place; the
/// rows the erasure tombstones changed afterwards.
/// </summary>
public sealed record RestoreResult(int Tables, long Rows, bool Verified, TimeSpan Elapsed, int Models = 0, int Keys = 0, long Erased = 0);

/// <summary>Where a restore puts the snapshot's files, and whether it re-applies erasures (a proving restore does not).</summary>
public sealed record RestoreOptions
{
    /// <summary>Folder for the trained models; default <c>models/</c> beside the new store.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Folder for the data-protection keys; default <see cref="StoreFolders.Keys"/> of the new store.</summary>
    public string? KeysPath { get; init; }

    /// <summary>More tombstone lists to apply (<c>--tombstones FILE</c>), besides the snapshot's and the backup folder's.</summary>
    public IReadOnlyList<string> TombstoneFiles { get; init; } = [];

    /// <summary>Copy the models and keys and apply the tombstones (false for the nightly job's proving restore).</summary>
    public bool Complete { get; init; } = true;
}

/// <summary>
/// Rebuilds a NEW store from a snapshot and proves it: the manifest is read and checked, every file's SHA-256 is
/// compared before anything is loaded, the schema must not be newer than this build's, and after
/// <c>IMPORT DATABASE</c> every table's count and checksum must equal the manifest's. The store is built under a
/// temporary name and moved into place only when verified, so a refused restore leaves no file behind.
/// </summary>
public static class StoreRestore
{
    /// <exception cref="BackupException">The snapshot is damaged, newer than this build, or the target exists.</exception>
    public static RestoreResult Restore(string snapshot, string targetPath, RestoreOptions? options = null)
    {
        options ??= new RestoreOptions();
        var watch = Stopwatch.StartNew();
        snapshot = Path.GetFullPath(snapshot);
        targetPath = Path.GetFullPath(targetPath);
        if (File.Exists(targetPath))
            throw new BackupException("target_exists", targetPath);
        var manifest = BackupManifest.Read(snapshot);
        if (manifest.SchemaVersion > StoreMigrator.LatestVersion)
            throw new BackupException("schema_newer", manifest.SchemaVersion, StoreMigrator.LatestVersion);
        CheckFiles(snapshot, manifest);
        var tombstones = options.Complete ? Privacy.Erasure.TombstoneFile.ReadForRestore(snapshot, options.TombstoneFiles) : null;
        var files = options.Complete ? RestoredFiles.Plan(snapshot, targetPath, options) : null;

        Directory.CreateDirectory(Path.GetDirectoryName(targetPath)!);
        var scratch = targetPath + ".restoring";
        Delete(scratch);
        try
        {
            using (var connection = new DuckDBConnection($"Data Source={scratch}"))
            {
                connection.Open();
                try { connection.Execute($"IMPORT DATABASE {Sql.Quote(snapshot)}"); }
                catch (DuckDBException ex) { throw new BackupException(ex, "load_failed", snapshot, ex.Message); }
                Compare(manifest, TableChecksums.All(connection));
            }
            File.Move(scratch, targetPath);
        }
        finally
        {
            Delete(scratch);
        }
        if (!options.Complete) return new RestoreResult(manifest.Tables.Count, manifest.Rows, true, watch.Elapsed);
        var (models, keys) = files!.Copy(targetPath);
        // After the verified load: an erasure made after this backup was taken must not be undone by it (ADR 0021).
        var erased = Privacy.Erasure.ConsumerErasure.ApplyTombstones(targetPath, tombstones);
        return new RestoreResult(manifest.Tables.Count, manifest.Rows, true, watch.Elapsed, models, keys, erased);
    }

    /// <summary>Restores into a scratch file and deletes it: the verification the nightly job records.</summary>
    public static BackupVerification Verify(string snapshot, TimeProvider? clock = null)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "analytics-verify-" + Guid.NewGuid().ToString("N") + ".duckdb");
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        try
        {
            var result = Restore(snapshot, scratch, new RestoreOptions { Complete = false });
            return new BackupVerification(now, true, result.Tables, result.Rows, result.Elapsed.TotalSeconds, null);
        }
        catch (BackupException ex)
        {
            return new BackupVerification(now, false, 0, 0, 0, ex.Message);
        }
        finally
        {
            Delete(scratch);
        }
    }

    private static void CheckFiles(string snapshot, BackupManifest manifest)
    {
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(snapshot, file.Path);
            if (!File.Exists(path)) throw new BackupException("file_missing", file.Path, snapshot);
            if (!string.Equals(StoreSnapshot.Sha256(path), file.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new BackupException("file_checksum", file.Path, BackupManifest.FileName);
        }
        if (manifest.Files.All(f => f.Path != "schema.sql"))
            throw new BackupException("manifest_no_schema", BackupManifest.FileName, snapshot);
    }

    private static void Compare(BackupManifest manifest, IReadOnlyList<BackupTable> restored)
    {
        var byName = restored.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var expected in manifest.Tables)
        {
            if (!byName.TryGetValue(expected.Name, out var actual))
                throw new BackupException("table_missing", expected.Name);
            if (actual.Rows != expected.Rows)
                throw new BackupException("table_rows", expected.Name, actual.Rows, expected.Rows);
            if (actual.Checksum != expected.Checksum)
                throw new BackupException("table_checksum", expected.Name);
        }
        var extra = restored.Select(t => t.Name).Except(manifest.Tables.Select(t => t.Name)).FirstOrDefault();
        if (extra is not null) throw new BackupException("table_extra", extra);
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
            if (File.Exists(file)) File.Delete(file);
    }
}
