using Analytics.Engine.Store.Backup;

namespace Dashboard.Jobs;

/// <summary>The newest backup folder, what its manifest says and how its verification went (admin store page).</summary>
public sealed record BackupStatus(string Folder, BackupManifest? Manifest, BackupVerification? Verification);

/// <summary>Reads the backup folder of <see cref="BackupJob"/>; no SQL, the manifest is the record.</summary>
public sealed class BackupStatusQuery(IServiceProvider services)
{
    public BackupStatus? Last()
    {
        var folder = services.GetRequiredService<BackupJob>().List().FirstOrDefault();
        return folder is null ? null : new BackupStatus(folder, BackupManifest.TryRead(folder), BackupVerification.TryRead(folder));
    }
}
