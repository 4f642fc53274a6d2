using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Backup;
using Dapper;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>What an erasure did: the consumer as a hash, tables and rows changed, identifiers tombstoned, backups marked, export files rewritten or withdrawn.</summary>
public sealed record ErasureResult(string Consumer, int Tables, long Rows, int Identifiers, int Backups, int Exports = 0);

/// <summary>
/// Erases one consumer's personal data (152-ФЗ art. 21; ADR 0021): every table that holds it, in one transaction with
/// its audit entry, which names the consumer only by a hash of the key. The identifiers found become tombstones in
/// the store and in every snapshot under the backup folder, so a restore of an older backup erases them again.
/// Used by <c>analytics erase</c> and the admin page.
/// </summary>
public sealed class ConsumerErasure(AnalyticsStore store, TimeProvider? clock = null)
{
    /// <summary>What an export job withdrawn at an erasure says (export_job.message): its file held the person and was deleted.</summary>
    public const string ExportsErasedMessage = "файл удалён при удалении персональных данных";

    /// <summary>What an export job rewritten at an erasure says: the person's rows were taken out of its file.</summary>
    public static string RowsErasedMessage(long rows) =>
        $"из файла удалены строки с персональными данными удалённого потребителя: {Vocabulary.Numbers.Count(rows)}";

    /// <summary>What a background export says while it reads again because an erasure committed during its read.</summary>
    public const string ExportRereadingMessage = "выгрузка формируется заново: пока она читала данные, были удалены персональные данные потребителя";

    /// <summary>What a background export finished by a re-read says (ADR 0031): its file equals one requested after the erasure.</summary>
    public const string ExportRereadMessage = "выгрузка сформирована заново после удаления персональных данных потребителя";

    /// <summary>What a background export says when erasures kept landing during every one of its reads.</summary>
    public static string ExportGaveUpMessage(int reads) =>
        $"выгрузка не сформирована: во время каждой из {Vocabulary.Numbers.Count(reads)} попыток её прочитать удалялись персональные данные потребителей; запросите её снова";

    /// <param name="key">An account (лицевой счёт / ИНН), a phone number or an e-mail address.</param>
    /// <param name="actor">Who asked (null: the CLI's "system").</param>
    /// <param name="backupRoot">Folder of the snapshots to mark (the nightly backup folder); null marks none.</param>
    public ErasureResult Erase(string key, string? actor, string? backupRoot = null)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("The consumer key is empty.", nameof(key));
        // No background export finishes while the erasure runs; one that read before it commits reads again (ErasureFence).
        return ErasureFence.Erase(store, () => Run(key, actor, backupRoot));
    }

    private ErasureResult Run(string key, string? actor, string? backupRoot)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var salt = ConsumerIdentity.Salt(c, tx);
        var given = ConsumerIdentity.HashesOf(salt, key);
        var outcome = ErasureCore.Apply(c, tx, salt, given);
        foreach (var (kind, hash) in outcome.Hashes)
            c.Execute("INSERT INTO erasure_tombstone (hash, kind, erased_at) VALUES ($hash, $kind, $now) ON CONFLICT DO NOTHING",
                new { hash, kind, now }, tx);
        var consumer = given[0].Hash[..16];
        AuditTrail.Append(c, tx, actor, "erase", AuditKinds.Consumer, consumer, null,
            new { tables = outcome.Tables, rows = outcome.Rows, identifiers = outcome.Hashes.Count, changed = outcome.Changed }, now);
        var (_, list) = TombstoneFile.Load(c, tx);
        // Finished background exports that hold the person lose the person's rows (CSV, Parquet) or are withdrawn
        // (XLSX); the others stay as they were. Prepared and recorded in the erasure's transaction, swapped in once
        // it is committed (ExportErasure).
        var exports = ExportErasure.Prepare(c, tx, outcome.Values);
        try { tx.Commit(); }
        catch { ExportErasure.Abandon(exports); throw; }
        ExportErasure.Finish(exports);
        var backups = TombstoneFile.WriteAll(backupRoot, salt, list);
        return new ErasureResult(consumer, outcome.Tables, outcome.Rows, outcome.Hashes.Count, backups,
            exports.Count(e => e.Change != ExportErasure.Change.None));
    }

    /// <summary>
    /// After a restore: adds the snapshot's tombstone file to the restored store's list and erases every listed
    /// consumer again, so nobody erased after the backup was taken comes back. Returns the rows changed.
    /// </summary>
    internal static long ApplyTombstones(string storePath, (string Salt, IReadOnlyList<Tombstone> List)? file)
    {
        using var restored = AnalyticsStore.At(storePath);
        var applied = new StoreMigrator(restored).Migrate();
        using var c = restored.Open();
        using var tx = c.BeginTransaction();
        var salt = ConsumerIdentity.Salt(c, tx);
        if (file is { } f && f.Salt != salt)
        {
            // A backup older than the tombstones table got a fresh salt from the migration just now; the list's salt is the
            // live store's, which nothing in this store has used yet. Any other mismatch is another store's list.
            if (!applied.Contains(22))
                throw new BackupException("tombstones_other_store", TombstoneFile.FileName);
            c.Execute("DELETE FROM privacy_salt; INSERT INTO privacy_salt VALUES ($s)", new { s = f.Salt }, tx);
            salt = f.Salt;
        }
        foreach (var t in file?.List ?? [])
            c.Execute("INSERT INTO erasure_tombstone (hash, kind, erased_at) VALUES ($Hash, $Kind, $ErasedAt) ON CONFLICT DO NOTHING", t, tx);
        var all = c.Query<(string, string)>("SELECT kind, hash FROM erasure_tombstone", transaction: tx).ToList();
        var rows = all.Count == 0 ? 0 : ErasureCore.Apply(c, tx, salt, all).Rows;
        tx.Commit();
        return rows;
    }
}
