using System.Globalization;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Nightly: every table of the store as Parquet (DuckDB <c>EXPORT DATABASE … (FORMAT PARQUET)</c>, which also writes
/// the schema and load scripts), into a timestamped folder; keeps the newest <see cref="JobsOptions.BackupKeep"/>.
/// The export goes to a <c>.partial</c> folder first and is renamed when complete, so a crash never leaves a folder
/// that looks like a good backup. Restore with <see cref="Restore"/> (<c>IMPORT DATABASE</c>) into a new file.
/// </summary>
public sealed class BackupJob(AnalyticsStore store, TimeProvider clock, IOptions<JobsOptions> options, ILogger<BackupJob> logger)
{
    private const string Format = "yyyyMMdd-HHmmss";

    public string Folder => JobsOptions.Resolve(options.Value.BackupFolder, store.FilePath);

    /// <summary>Writes one backup; returns its folder.</summary>
    public Task<string> Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.Zone()).ToString(Format, CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Folder);
        var target = Path.Combine(Folder, stamp);
        if (Directory.Exists(target)) return Task.FromResult(target); // Same second, same data: already done.
        var partial = target + ".partial";
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        using (var connection = store.Open())
            connection.Execute($"EXPORT DATABASE {Quote(partial)} (FORMAT PARQUET)");
        Directory.Move(partial, target);
        Prune();
        logger.LogInformation("Backup written to {Folder}", target);
        return Task.FromResult(target);
    }

    /// <summary>Completed backups, newest first.</summary>
    public IReadOnlyList<string> List() => !Directory.Exists(Folder) ? [] :
        [.. Directory.GetDirectories(Folder)
            .Where(d => DateTime.TryParseExact(Path.GetFileName(d), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .OrderDescending(StringComparer.Ordinal)];

    /// <summary>Loads a backup folder into a new, empty DuckDB file (the store must not be open elsewhere).</summary>
    public static void Restore(string backupFolder, string newStorePath)
    {
        if (File.Exists(newStorePath)) throw new IOException($"Restore target '{newStorePath}' exists; restore into a new file.");
        if (!File.Exists(Path.Combine(backupFolder, "schema.sql")))
            throw new IOException($"'{backupFolder}' is not a backup folder (no schema.sql).");
        using var connection = new DuckDBConnection($"Data Source={newStorePath}");
        connection.Open();
        connection.Execute($"IMPORT DATABASE {Quote(backupFolder)}");
    }

    private void Prune()
    {
        foreach (var old in List().Skip(options.Value.BackupKeep))
        {
            try { Directory.Delete(old, recursive: true); }
            catch (IOException e) { logger.LogWarning(e, "Could not delete old backup {Folder}", old); }
        }
    }

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
