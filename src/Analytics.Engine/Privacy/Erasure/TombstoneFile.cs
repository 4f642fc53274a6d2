using System.Data;
using System.Text.Json;
using Analytics.Engine.Store.Backup;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>One erased identifier: its kind and keyed hash (never the value), and when it was erased.</summary>
public sealed record Tombstone(string Kind, string Hash, DateTime ErasedAt);

/// <summary>
/// <c>erasure-tombstones.json</c>: the store's tombstone list (and the salt its hashes are keyed with) written into the
/// backup folder (the master list) and into each snapshot folder. Keys only: every entry is the keyed SHA-256 of an
/// identifier (an account, phone or e-mail is itself personal data, so it is never written in clear — a list of the
/// erased people's phone numbers would be exactly what the erasure removed). A backup cannot be rewritten without breaking its checksums, so an erasure writes this file into
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

    /// <summary>
    /// Writes the master list into <paramref name="backupRoot"/> itself (created when missing: snapshots copied
    /// elsewhere later still have one list to take along) and into every snapshot (a folder with a manifest) directly
    /// under it. Returns the snapshots marked.
    /// </summary>
    public static int WriteAll(string? backupRoot, string salt, IReadOnlyList<Tombstone> list)
    {
        if (string.IsNullOrWhiteSpace(backupRoot)) return 0;
        Directory.CreateDirectory(backupRoot);
        Write(backupRoot, salt, list);
        var n = 0;
        foreach (var folder in Directory.EnumerateDirectories(backupRoot).Prepend(backupRoot))
        {
            if (!File.Exists(Path.Combine(folder, BackupManifest.FileName))) continue;
            Write(folder, salt, list);
            n++;
        }
        return n;
    }

    /// <summary>
    /// Every list a restore of <paramref name="snapshot"/> must honour, merged: the snapshot's own, the master list in
    /// the folder that holds it (the backup folder, when the snapshot is one of its folders), and <paramref name="extra"/>
    /// files (<c>--tombstones FILE</c>). Null when there is none.
    /// </summary>
    /// <exception cref="BackupException">A file is damaged or missing, or two lists come from stores with different salts.</exception>
    public static (string Salt, IReadOnlyList<Tombstone> List)? ReadForRestore(string snapshot, IEnumerable<string> extra)
    {
        var found = new List<(string Salt, IReadOnlyList<Tombstone> List)>();
        if (Read(snapshot) is { } own) found.Add(own);
        if (Path.GetDirectoryName(Path.GetFullPath(snapshot).TrimEnd(Path.DirectorySeparatorChar)) is { } parent && ReadFile(Path.Combine(parent, FileName)) is { } master)
            found.Add(master);
        foreach (var file in extra)
            found.Add(ReadFile(file) ?? throw new BackupException("tombstone_file_missing", file));
        if (found.Count == 0) return null;
        if (found.Select(f => f.Salt).Distinct().Count() > 1)
            throw new BackupException("tombstones_mixed");
        var merged = found.SelectMany(f => f.List).GroupBy(t => t.Hash).Select(g => g.OrderBy(t => t.ErasedAt).First()).OrderBy(t => t.Hash).ToList();
        return (found[0].Salt, merged);
    }

    /// <summary>The salt and list of a snapshot, or null when it has none.</summary>
    /// <exception cref="BackupException">The file is there but damaged: a restore must not silently skip erasures.</exception>
    public static (string Salt, IReadOnlyList<Tombstone> List)? Read(string snapshot) => ReadFile(Path.Combine(snapshot, FileName));

    /// <summary>The salt and list of one tombstone file, or null when it does not exist.</summary>
    /// <exception cref="BackupException">The file is there but damaged.</exception>
    public static (string Salt, IReadOnlyList<Tombstone> List)? ReadFile(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var content = JsonSerializer.Deserialize<Content>(File.ReadAllText(path), Json);
            if (content is null || string.IsNullOrWhiteSpace(content.Salt) || !content.Salt.All(char.IsAsciiHexDigit))
                throw new BackupException("tombstone_no_salt", path);
            if ((content.Tombstones ?? []).Any(t => t.Hash is null || t.Hash.Length != 64 || !t.Hash.All(char.IsAsciiHexDigit)))
                throw new BackupException("tombstone_bad_hash", path);
            return (content.Salt, content.Tombstones ?? []);
        }
        catch (JsonException ex)
        {
            throw new BackupException(ex, "tombstone_not_json", path, ex.Message);
        }
    }
}
