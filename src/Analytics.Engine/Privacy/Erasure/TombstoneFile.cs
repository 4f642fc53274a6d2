using System.Data;
using System.Text.Json;
using Analytics.Engine.Store.Backup;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>One erased identifier: its kind and keyed hash (never the value), and when it was erased.</summary>
public sealed record Tombstone(string Kind, string Hash, DateTime ErasedAt);

/// <summary>
/// <c>erasure-tombstones.json</c>: the store's tombstone list (and the salt its hashes are keyed with) written into a
/// snapshot folder. A backup cannot be rewritten without breaking its checksums, so an erasure writes this file into
/// every existing snapshot instead and <c>analytics restore</c> applies it after loading. The file is outside the
/// manifest's checksums on purpose: it only ever grows, and a restore applies it whatever it holds.
/// </summary>
public static class TombstoneFile
{
    public const string FileName = "erasure-tombstones.json";

    private sealed record Content(string Salt, IReadOnlyList<Tombstone> Tombstones);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The store's salt and tombstones (empty when the store predates migration 022).</summary>
    public static (string? Salt, IReadOnlyList<Tombstone> List) Load(IDbConnection c, IDbTransaction? tx = null)
    {
        var has = c.ExecuteScalar<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'erasure_tombstone' AND table_catalog = current_database()",
            transaction: tx) > 0;
        if (!has) return (null, []);
        var list = c.Query<Tombstone>("SELECT kind AS Kind, hash AS Hash, erased_at AS ErasedAt FROM erasure_tombstone ORDER BY hash", transaction: tx).ToList();
        return (ConsumerIdentity.Salt(c, tx), list);
    }

    /// <summary>Writes the list into <paramref name="snapshot"/> (replacing an older list).</summary>
    public static void Write(string snapshot, string salt, IReadOnlyList<Tombstone> list)
    {
        var path = Path.Combine(snapshot, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(new Content(salt, list), Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Writes the list into every snapshot (a folder with a manifest) directly under <paramref name="backupRoot"/>.</summary>
    public static int WriteAll(string? backupRoot, string salt, IReadOnlyList<Tombstone> list)
    {
        if (string.IsNullOrWhiteSpace(backupRoot) || !Directory.Exists(backupRoot)) return 0;
        var n = 0;
        foreach (var folder in Directory.EnumerateDirectories(backupRoot).Prepend(backupRoot))
        {
            if (!File.Exists(Path.Combine(folder, BackupManifest.FileName))) continue;
            Write(folder, salt, list);
            n++;
        }
        return n;
    }

    /// <summary>The salt and list of a snapshot, or null when it has none.</summary>
    /// <exception cref="BackupException">The file is there but damaged: a restore must not silently skip erasures.</exception>
    public static (string Salt, IReadOnlyList<Tombstone> List)? Read(string snapshot)
    {
        var path = Path.Combine(snapshot, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            var content = JsonSerializer.Deserialize<Content>(File.ReadAllText(path), Json);
            if (content is null || string.IsNullOrWhiteSpace(content.Salt) || !content.Salt.All(char.IsAsciiHexDigit))
                throw new BackupException($"{path} is damaged: it has no salt.");
            return (content.Salt, content.Tombstones ?? []);
        }
        catch (JsonException ex)
        {
            throw new BackupException($"{path} is damaged: not valid JSON ({ex.Message}).", ex);
        }
    }
}
