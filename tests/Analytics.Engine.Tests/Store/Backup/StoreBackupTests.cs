using System.Text.Json.Nodes;
using Analytics.Engine.Store.Backup;
using Analytics.Engine.Tests.Support;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Tests.Store.Backup;

public class StoreBackupTests
{
    private static TempStore WithRows()
    {
        var s = new TempStore();
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, due_at, status)
            VALUES ('A-1', 'O01', 'individual', 'email', 'complaint', '2025-03-01 10:00', '2025-03-01 10:00', '2025-03-31', 'open'),
                   ('A-2', 'O01', 'individual', 'email', 'complaint', '2025-03-02 10:00', '2025-03-02 10:00', '2025-04-01', 'open');
            """);
        return s;
    }

    private static string Snapshot(TempStore s, string? models = null, string? keys = null)
    {
        var folder = s.File("snap");
        new StoreSnapshot(s.Store) { ModelPath = models, KeysPath = keys }.Write(folder);
        return folder;
    }

    [Fact]
    public void Restore_ReproducesEveryTable_CountsAndChecksums()
    {
        using var s = WithRows();
        var folder = Snapshot(s);
        var manifest = BackupManifest.Read(folder);

        var result = StoreRestore.Restore(folder, s.File("new.duckdb"));

        Assert.True(result.Verified);
        Assert.Equal(manifest.Tables.Count, result.Tables);
        Assert.Equal(manifest.Rows, result.Rows);
        Assert.Contains(manifest.Tables, t => t is { Name: "appeal", Rows: 2 });
        using var restored = new DuckDBConnection($"Data Source={s.File("new.duckdb")}");
        restored.Open();
        Assert.Equal(manifest.Tables, TableChecksums.All(restored));
        using var original = s.Store.Open();
        Assert.Equal(TableChecksums.All(original), TableChecksums.All(restored));
        Assert.Equal(Analytics.Engine.Store.StoreMigrator.LatestVersion, manifest.SchemaVersion);
    }

    [Fact]
    public void Checksum_ChangesWhenOneValueChanges()
    {
        using var s = WithRows();
        using var c = s.Store.Open();
        var before = TableChecksums.Of(c, "appeal");
        c.Execute("UPDATE appeal SET status = 'answered' WHERE register_no = 'A-2'");
        Assert.NotEqual(before.Checksum, TableChecksums.Of(c, "appeal").Checksum);
    }

    [Fact]
    public void Snapshot_CarriesModelsAndKeys_WithTheirChecksums()
    {
        using var s = WithRows();
        var models = Directory.CreateDirectory(s.File("models")).FullName;
        File.WriteAllText(Path.Combine(models, "topic-v1.zip"), "model");
        var keys = Directory.CreateDirectory(s.File("keys")).FullName;
        File.WriteAllText(Path.Combine(keys, "key-1.xml"), "<key/>");

        var folder = Snapshot(s, models, keys);

        Assert.Equal("model", File.ReadAllText(Path.Combine(folder, "models", "topic-v1.zip")));
        Assert.Equal("<key/>", File.ReadAllText(Path.Combine(folder, "keys", "key-1.xml")));
        var manifest = BackupManifest.Read(folder);
        Assert.Equal(1, manifest.Models);
        Assert.Equal(1, manifest.Keys);
    }

    [Fact]
    public void Restore_RefusesManifestThatIsNotJson_AndLeavesNoFile()
    {
        using var s = WithRows();
        var folder = Snapshot(s);
        File.WriteAllText(Path.Combine(folder, BackupManifest.FileName), "{ \"tables\": [");

        var ex = Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.File("new.duckdb")));
        Assert.StartsWith($"{Path.Combine(folder, BackupManifest.FileName)} повреждён: это не JSON (строка 1, ", ex.Message);
        Assert.Contains(" / ", ex.Message);
        Assert.Contains("not valid JSON", ex.Message);
        Assert.False(File.Exists(s.File("new.duckdb")));
    }

    [Fact]
    public void Restore_RefusesTamperedParquet_NamingTheFile()
    {
        using var s = WithRows();
        var folder = Snapshot(s);
        var parquet = Directory.GetFiles(folder, "*appeal*.parquet").First();
        var bytes = File.ReadAllBytes(parquet);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(parquet, bytes);

        var ex = Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.File("new.duckdb")));
        Assert.StartsWith($"Файл снимка {Path.GetFileName(parquet)} не совпадает со своей контрольной суммой в manifest.json: он изменён или повреждён. / ", ex.Message);
        Assert.EndsWith($"Snapshot file {Path.GetFileName(parquet)} does not match its checksum in manifest.json: it was changed or damaged.", ex.Message);
        Assert.False(File.Exists(s.File("new.duckdb")));
    }

    [Fact]
    public void Restore_RefusesWhenARowCountOrChecksumDisagrees()
    {
        using var s = WithRows();
        var folder = Snapshot(s);
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, BackupManifest.FileName)))!;
        var appeal = node["tables"]!.AsArray().First(t => (string)t!["name"]! == "appeal")!;
        appeal["checksum"] = "0:0";
        File.WriteAllText(Path.Combine(folder, BackupManifest.FileName), node.ToJsonString());

        var ex = Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.File("new.duckdb")));
        Assert.Equal("Таблица appeal: контрольная сумма содержимого не совпадает с манифестом. / Table appeal: content checksum differs from the manifest's.", ex.Message);
        Assert.False(File.Exists(s.File("new.duckdb")));
    }

    [Fact]
    public void Restore_RefusesMissingFile_NewerSchema_AndExistingTarget()
    {
        using var s = WithRows();
        var folder = Snapshot(s);
        Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.Path_));

        var path = Path.Combine(folder, BackupManifest.FileName);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["schemaVersion"] = Analytics.Engine.Store.StoreMigrator.LatestVersion + 1;
        File.WriteAllText(path, node.ToJsonString());
        var newer = Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.File("a.duckdb")));
        Assert.Equal($"Версия схемы снимка {Analytics.Engine.Store.StoreMigrator.LatestVersion + 1} новее, чем у этой сборки ({Analytics.Engine.Store.StoreMigrator.LatestVersion}); " +
                     "восстановите его более новой версией analytics.", newer.Russian);
        Assert.Contains("newer", newer.Message);

        node["schemaVersion"] = Analytics.Engine.Store.StoreMigrator.LatestVersion;
        File.WriteAllText(path, node.ToJsonString());
        File.Delete(Path.Combine(folder, "load.sql"));
        Assert.StartsWith($"В снимке «{folder}» нет файла load.sql. / ", Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.File("b.duckdb"))).Message);
    }

    [Fact]
    public void Verify_RecordsTheResult()
    {
        using var s = WithRows();
        var folder = Snapshot(s);
        var ok = StoreRestore.Verify(folder);
        Assert.True(ok.Verified);
        Assert.Equal(BackupManifest.Read(folder).Rows, ok.Rows);

        File.Delete(Path.Combine(folder, "schema.sql"));
        var bad = StoreRestore.Verify(folder);
        Assert.False(bad.Verified);
        Assert.StartsWith("В снимке «", bad.Error);
        Assert.Contains("нет файла schema.sql", bad.Error);
        Assert.Contains("Snapshot file schema.sql is missing", bad.Error);
    }
    [Fact]
    public void Restore_RefusesADamagedManifest_InRussianFirst_NamingTheTable_WithRussianNumbers()
    {
        // A manifest whose row count for appeal was edited (100 212 where the snapshot holds 2): refused in Russian,
        // naming the table, the counts grouped the Russian way; the English half follows for log searches.
        using var s = WithRows();
        var folder = Snapshot(s);
        var path = Path.Combine(folder, BackupManifest.FileName);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["tables"]!.AsArray().First(t => (string)t!["name"]! == "appeal")!["rows"] = 100_212;
        File.WriteAllText(path, node.ToJsonString());

        var ex = Assert.Throws<BackupException>(() => StoreRestore.Restore(folder, s.File("new.duckdb")));

        Assert.Equal("table_rows", ex.Code);
        Assert.Equal("Таблица appeal: восстановлено строк — 2, а в манифесте — 100\u00A0212.", ex.Russian);
        Assert.Equal(ex.Russian + " / Table appeal: 2 rows restored, the manifest says 100,212.", ex.Message);
        Assert.False(File.Exists(s.File("new.duckdb")));

        // verification.json keeps both halves; the admin page shows the interface's one.
        var verification = StoreRestore.Verify(folder);
        Assert.Equal(ex.Message, verification.Error);
        Assert.Equal(ex.Russian, Analytics.Engine.Vocabulary.BackupReasons.Display(verification.Error!, System.Globalization.CultureInfo.GetCultureInfo("ru-RU")));
        Assert.Equal("Table appeal: 2 rows restored, the manifest says 100,212.",
            Analytics.Engine.Vocabulary.BackupReasons.Display(verification.Error!, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void EveryBackupReason_HasARussianAndAnEnglishText_AndDisplaysItsRussianHalf()
    {
        foreach (var (code, (ru, en)) in Analytics.Engine.Vocabulary.BackupReasons.Entries)
        {
            Assert.Matches("[А-Яа-яЁё]", ru);
            Assert.DoesNotMatch("[А-Яа-яЁё]", en);
            var details = new object?[] { "/data/snap", 12345L, 7 };
            var text = Analytics.Engine.Vocabulary.BackupReasons.Text(code, details);
            Assert.Equal(Analytics.Engine.Vocabulary.BackupReasons.Russian(code, details),
                Analytics.Engine.Vocabulary.BackupReasons.Display(text, System.Globalization.CultureInfo.GetCultureInfo("ru-RU")));
        }
    }
}
