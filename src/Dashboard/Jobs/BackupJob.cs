using System.Globalization;
using Analytics.Engine.Classification;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Backup;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Nightly: the Engine's <see cref="StoreSnapshot"/> (the code <c>analytics backup</c> runs: Parquet, manifest, models,
/// keys) into a timestamped folder, then a restore into a scratch store to prove it (<c>verification.json</c>, shown
/// on the admin store page); keeps the newest <see cref="JobsOptions.BackupKeep"/>. The snapshot goes to a
/// <c>.partial</c> folder first and is renamed when complete, so a crash never leaves a folder that looks like a good
/// backup. Restore with <c>analytics restore</c> (<see cref="StoreRestore"/>) into a new file.
/// </summary>
public sealed class BackupJob(AnalyticsStore store, TimeProvider clock, IOptions<JobsOptions> options,
    IOptions<ClassificationOptions> classification, ILogger<BackupJob> logger)
{
    private const string Format = "yyyyMMdd-HHmmss";

    public string Folder => JobsOptions.Resolve(options.Value.BackupFolder, store.FilePath);

    /// <summary>Writes and verifies one backup; returns its folder.</summary>
    [Hangfire.JobDisplayName(JobNames.Backup)]
    public Task<string> Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.Zone()).ToString(Format, CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Folder);
        var target = Path.Combine(Folder, stamp);
        if (Directory.Exists(target)) return Task.FromResult(target); // Same second, same data: already done.
        var partial = target + ".partial";
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        var manifest = new StoreSnapshot(store, clock) { ModelPath = classification.Value.ModelPath }.Write(partial, cancellationToken);
        Directory.Move(partial, target);
        var verification = StoreRestore.Verify(target, clock);
        verification.Write(target);
        Prune();
        if (verification.Verified)
            logger.LogInformation("Backup written to {Folder}: {Tables} tables, {Rows} rows, restore verified", target, manifest.Tables.Count, manifest.Rows);
        else
            logger.LogError("Backup written to {Folder} but its restore failed: {Error}", target, verification.Error);
        return Task.FromResult(target);
    }

    /// <summary>Completed backups, newest first.</summary>
    public IReadOnlyList<string> List() => !Directory.Exists(Folder) ? [] :
        [.. Directory.GetDirectories(Folder)
            .Where(d => DateTime.TryParseExact(Path.GetFileName(d), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .OrderDescending(StringComparer.Ordinal)];

    private void Prune()
    {
        foreach (var old in List().Skip(options.Value.BackupKeep))
        {
            try { Directory.Delete(old, recursive: true); }
            catch (IOException e) { logger.LogWarning(e, "Could not delete old backup {Folder}", old); }
        }
    }
}
