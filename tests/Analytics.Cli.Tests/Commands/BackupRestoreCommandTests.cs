using System.Text.Json;
using System.Text.Json.Nodes;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary>One small demo store (with a model and a key file beside it) and its snapshot, shared by the class.</summary>
public sealed class DemoSnapshot
{
    public DemoSnapshot()
    {
        var folder = TestFolders.New();
        Db = Path.Combine(folder, "demo.duckdb");
        Assert.Equal(0, CliApp.Run(["demo", "--db", Db, "--scale", "0.005", "--seed", "7", "--today", "2026-02-10", "--json"], new StringWriter(), new StringWriter()));
        Models = Directory.CreateDirectory(Path.Combine(folder, "models")).FullName;
        File.WriteAllText(Path.Combine(Models, "topic-v1.zip"), "model bytes");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "keys")).FullName, "key-1.xml"), "<key/>");
        Snapshot = Path.Combine(folder, "snap");
        var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(["backup", "--db", Db, "--out", Snapshot, "--model-path", Models, "--json"], stdout, new StringWriter()));
        Backup = JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    public string Db { get; }
    public string Models { get; }
    public string Snapshot { get; }
    public JsonElement Backup { get; }

    /// <summary>A private copy of the snapshot for a test that damages it.</summary>
    public string Copy()
    {
        var target = Path.Combine(TestFolders.New(), "snap");
        foreach (var file in Directory.EnumerateFiles(Snapshot, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Snapshot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }
}

public class BackupRestoreCommandTests(DemoSnapshot demo) : IClassFixture<DemoSnapshot>
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string NewDb() => Path.Combine(TestFolders.New(), "restored.duckdb");

    [Fact]
    public void Restore_OfTheDemoStore_HasTheSameTablesRowsAndChecksums()
    {
        var db = NewDb();
        var (code, stdout, stderr) = Run("restore", "--from", demo.Snapshot, "--db", db, "--json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("verified").GetBoolean());
        Assert.Equal(demo.Backup.GetProperty("tables").GetInt32(), json.RootElement.GetProperty("tables").GetInt32());
        Assert.Equal(demo.Backup.GetProperty("rows").GetInt64(), json.RootElement.GetProperty("rows").GetInt64());
        Assert.True(json.RootElement.GetProperty("rows").GetInt64() > 1000);

        // A second snapshot of the restored store carries the very same table entries (names, counts, checksums).
        var again = Path.Combine(TestFolders.New(), "again");
        Assert.Equal(0, Run("backup", "--db", db, "--out", again, "--keys", again + "-none", "--json").Code);
        Assert.Equal(Tables(demo.Snapshot), Tables(again));
    }

    [Fact]
    public void Backup_CarriesModelsKeysAndSchemaVersion()
    {
        Assert.Equal(1, demo.Backup.GetProperty("models").GetInt32());
        Assert.Equal(1, demo.Backup.GetProperty("keys").GetInt32());
        Assert.True(File.Exists(Path.Combine(demo.Snapshot, "models", "topic-v1.zip")));
        Assert.True(File.Exists(Path.Combine(demo.Snapshot, "keys", "key-1.xml")));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(demo.Snapshot, "manifest.json")))!;
        Assert.Equal(StoreMigrator.LatestVersion, (int)manifest["schemaVersion"]!);
        Assert.False(string.IsNullOrEmpty((string?)manifest["toolVersion"]));
        Assert.StartsWith("md5-row-sum", (string)manifest["checksumMethod"]!);
    }

    [Fact]
    public void Restore_RefusesDamagedManifest_WithExit1()
    {
        var snap = demo.Copy();
        File.WriteAllText(Path.Combine(snap, "manifest.json"), "{\"tables\": [ {\"name\": ");
        var db = NewDb();

        var (code, _, stderr) = Run("restore", "--from", snap, "--db", db, "--json");

        Assert.Equal(1, code);
        Assert.Contains("manifest.json", stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Restore_RefusesAManifestWhoseRowCountWasEdited_InRussianFirst_NamingTheTable()
    {
        var snap = demo.Copy();
        var path = Path.Combine(snap, "manifest.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var appeal = node["tables"]!.AsArray().First(t => (string)t!["name"]! == "appeal")!;
        var actual = (long)appeal["rows"]!;
        appeal["rows"] = actual + 100_000;
        File.WriteAllText(path, node.ToJsonString());
        var db = NewDb();

        var (code, stdout, stderr) = Run("restore", "--from", snap, "--db", db, "--json");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        string Ru(long n) => n.ToString("#,0", ru).Replace('\u202F', '\u00A0');
        static string En(long n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"error: Таблица appeal: восстановлено строк — {Ru(actual)}, а в манифесте — {Ru(actual + 100_000)}. / " +
                          $"Table appeal: {En(actual)} rows restored, the manifest says {En(actual + 100_000)}.", stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Restore_RefusesTamperedParquet_WithExit1()
    {
        var snap = demo.Copy();
        var parquet = Directory.GetFiles(snap, "appeal.parquet").Single();
        var bytes = File.ReadAllBytes(parquet);
        bytes[bytes.Length / 3] ^= 0x5A;
        File.WriteAllBytes(parquet, bytes);
        var db = NewDb();

        var (code, _, stderr) = Run("restore", "--from", snap, "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("appeal.parquet", stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Restore_RefusesNewerSchema_AndExistingTarget_AndMissingDb()
    {
        var snap = demo.Copy();
        var path = Path.Combine(snap, "manifest.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["schemaVersion"] = StoreMigrator.LatestVersion + 1;
        File.WriteAllText(path, node.ToJsonString());

        var newer = Run("restore", "--from", snap, "--db", NewDb());
        Assert.Equal(1, newer.Code);
        Assert.Contains("newer", newer.Err);

        var existing = Run("restore", "--from", demo.Snapshot, "--db", demo.Db);
        Assert.Equal(1, existing.Code);
        Assert.Contains("exists", existing.Err);

        Assert.Equal(2, Run("restore", "--from", demo.Snapshot).Code);
    }

    [Fact]
    public void Backup_RefusesANonEmptyFolder()
    {
        var (code, _, stderr) = Run("backup", "--db", demo.Db, "--out", demo.Snapshot);
        Assert.Equal(1, code);
        Assert.Contains("not empty", stderr);
    }

    private static string Tables(string snapshot) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(snapshot, "manifest.json")))!["tables"]!.ToJsonString();
}
