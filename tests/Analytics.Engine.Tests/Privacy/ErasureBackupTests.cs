using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Backup;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21 (gaps): an erasure reaches backups taken before it — through the master tombstone list in the backup folder,
/// applied by every restore, and through <c>--tombstones FILE</c> for a copy kept elsewhere (finished exports:
/// <see cref="ErasureExportTests"/>; exports running meanwhile: <see cref="ErasureDuringExportTests"/>). The lists hold keyed hashes only.
/// </summary>
public class ErasureBackupTests
{
    private const string Key = "LS-5550001";
    private const string Name = "Резервная Ольга Петровна";
    private const string Phone = "+7 (913) 555-00-01";

    private static void Seed(TempStore s)
    {
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone,
                                channel, kind, received_at, registered_at, answered_at, text) VALUES
                ('B-1', 'O01', 'individual', $Key, $Name, $Phone, 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Пишет ' || $Name),
                ('B-2', 'O01', 'individual', 'LS-1234567', 'Другой Человек', '+7 900 000-11-22', 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Другой');
            """, new { Key, Name, Phone });
    }

    private static long Held(string storePath)
    {
        using var store = AnalyticsStore.At(storePath);
        using var c = store.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM appeal WHERE consumer_key = $Key OR consumer_name = $Name OR contains(text, $Name)", new { Key, Name });
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void BackupThenErase_RestoringTheOldBackup_LeavesThePersonOut_ByTheMasterListOrAGivenFile()
    {
        using var s = new TempStore();
        Seed(s);
        var backups = s.File("backups");
        var snapshot = Path.Combine(backups, "20261101-013000");
        new StoreSnapshot(s.Store).Write(snapshot, TestContext.Current.CancellationToken);
        var offsite = s.File("offsite/20261101-013000");
        CopyFolder(snapshot, offsite); // a copy taken off-site before the erasure: no list of its own, none beside it

        var result = new ConsumerErasure(s.Store).Erase(Key, "admin", backups);

        Assert.Equal(1, result.Backups);
        var master = Path.Combine(backups, TombstoneFile.FileName);
        var text = File.ReadAllText(master);
        foreach (var value in new[] { Key, Name, Phone, "9135550001", "79135550001" })
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(result.Identifiers, TombstoneFile.ReadFile(master)!.Value.List.Count);

        // A snapshot whose own list is gone still honours the backup folder's master list.
        File.Delete(Path.Combine(snapshot, TombstoneFile.FileName));
        StoreRestore.Restore(snapshot, s.File("r1.duckdb"));
        Assert.Equal(0, Held(s.File("r1.duckdb")));

        // The off-site copy brings the person back on its own…
        StoreRestore.Restore(offsite, s.File("r2.duckdb"));
        Assert.Equal(1, Held(s.File("r2.duckdb")));
        // …and not with the master list given (analytics restore --tombstones FILE).
        var r3 = StoreRestore.Restore(offsite, s.File("r3.duckdb"), new RestoreOptions { TombstoneFiles = [master] });
        Assert.Equal(0, Held(s.File("r3.duckdb")));
        Assert.True(r3.Erased >= 1);
        using var again = AnalyticsStore.At(s.File("r3.duckdb"));
        using var c = again.Open();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM appeal WHERE consumer_key = 'LS-1234567'"));
    }

    [Fact]
    public void Restore_RefusesAMissingOrForeignTombstoneFile()
    {
        using var s = new TempStore();
        Seed(s);
        var snapshot = s.File("snap");
        new StoreSnapshot(s.Store).Write(snapshot, TestContext.Current.CancellationToken);
        Assert.Throws<BackupException>(() => StoreRestore.Restore(snapshot, s.File("r1.duckdb"), new RestoreOptions { TombstoneFiles = [s.File("none.json")] }));
        var foreign = s.File("foreign.json");
        TombstoneFile.Write(s.Directory_, new string('a', 64), []);
        File.Move(Path.Combine(s.Directory_, TombstoneFile.FileName), foreign);
        new ConsumerErasure(s.Store).Erase("someone-else", null, s.File("backups"));
        File.Copy(Path.Combine(s.File("backups"), TombstoneFile.FileName), Path.Combine(snapshot, TombstoneFile.FileName), overwrite: true);
        Assert.Throws<BackupException>(() => StoreRestore.Restore(snapshot, s.File("r2.duckdb"), new RestoreOptions { TombstoneFiles = [foreign] }));
        Assert.False(File.Exists(s.File("r2.duckdb")));
    }
}
