using System.Text.Json;

namespace Analytics.Engine.Store.Backup;

/// <summary>
/// <c>verification.json</c>: the result of restoring a snapshot into a scratch store and comparing it with its
/// manifest (written by the nightly job, shown on the admin store page).
/// </summary>
public sealed record BackupVerification(DateTimeOffset VerifiedAt, bool Verified, int Tables, long Rows, double Seconds, string? Error)
{
    public const string FileName = "verification.json";

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, BackupManifest.Json));

    public static BackupVerification? TryRead(string folder)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<BackupVerification>(File.ReadAllText(path), BackupManifest.Json) : null;
        }
        catch (Exception e) when (e is JsonException or IOException) { return null; }
    }
}
