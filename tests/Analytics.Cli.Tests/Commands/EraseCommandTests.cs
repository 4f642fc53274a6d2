using System.Text.Json;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary>
/// <c>analytics erase</c> and <c>analytics restore</c> together (#21.6, #21 gaps): the contract's JSON and exit codes, a
/// snapshot taken before the erasure restored afterwards without the consumer, and the models and keys put back.
/// </summary>
public class EraseCommandTests(DemoSnapshot demo) : IClassFixture<DemoSnapshot>
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static object? Scalar(string db, string sql, string? key = null)
    {
        using var store = AnalyticsStore.At(db);
        using var c = store.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        if (key is not null) command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("key", key));
        return command.ExecuteScalar();
    }

    private static long Count(string db, string sql, string? key = null) => Convert.ToInt64(Scalar(db, sql, key));

    [Fact]
    public void Erase_PrintsTheContract_AndAnOlderSnapshotRestoresWithoutTheConsumer()
    {
        var folder = TestFolders.New();
        var db = Path.Combine(folder, "live.duckdb");
        File.Copy(demo.Db, db);
        var backups = Path.GetDirectoryName(demo.Copy())!;
        var key = (string)Scalar(db, "SELECT consumer_key FROM appeal WHERE consumer_phone IS NOT NULL ORDER BY register_no LIMIT 1")!;
        var phoneNo = (string)Scalar(db, "SELECT consumer_phone FROM appeal WHERE consumer_key = $key AND consumer_phone IS NOT NULL LIMIT 1", key)!;
        var phone = Count(db, "SELECT count(*) FROM appeal WHERE consumer_key = $key", key);
        Assert.True(phone > 0);

        var (code, stdout, stderr) = Run("erase", "--db", db, "--consumer", key, "--backups", backups, "--json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var r = json.RootElement;
        Assert.Equal(16, r.GetProperty("consumer").GetString()!.Length);
        Assert.DoesNotContain(key, stdout);
        Assert.True(r.GetProperty("tables").GetInt32() >= 1);
        Assert.True(r.GetProperty("rows").GetInt64() >= phone);
        Assert.Equal(1, r.GetProperty("backups").GetInt32());
        Assert.Equal(0, Count(db, "SELECT count(*) FROM appeal WHERE consumer_key = $key", key));
        // No trace in a records export either.
        var csv = Path.Combine(folder, "appeals.csv");
        Assert.Equal(0, Run("export", "appeal", "--db", db, "--out", csv).Code);
        var exported = File.ReadAllText(csv);
        Assert.True(exported.Length > 1000);
        Assert.DoesNotContain(key, exported);
        Assert.DoesNotContain(phoneNo, exported);

        var restored = Path.Combine(TestFolders.New(), "restored.duckdb");
        var restore = Run("restore", "--from", Path.Combine(backups, "snap"), "--db", restored, "--json");
        Assert.True(restore.Code == 0, restore.Err);
        using var rj = JsonDocument.Parse(restore.Out);
        Assert.True(rj.RootElement.GetProperty("erased").GetInt64() > 0);
        Assert.Equal(0, Count(restored, "SELECT count(*) FROM appeal WHERE consumer_key = $key", key));
        Assert.Equal(Count(demo.Db, "SELECT count(*) FROM appeal"), Count(restored, "SELECT count(*) FROM appeal"));
    }

    [Fact]
    public void Restore_OfACopyKeptElsewhere_HonoursTheMasterListGivenWithTombstones()
    {
        var db = Path.Combine(TestFolders.New(), "live.duckdb");
        File.Copy(demo.Db, db);
        var backups = Path.GetDirectoryName(demo.Copy())!;
        var offsite = Path.Combine(Path.GetDirectoryName(demo.Copy())!, "snap"); // the same snapshot copied off-site before the erasure
        var key = (string)Scalar(db, "SELECT consumer_key FROM appeal WHERE consumer_phone IS NOT NULL ORDER BY register_no DESC LIMIT 1")!;

        var erase = Run("erase", "--db", db, "--consumer", key, "--backups", backups, "--json");

        Assert.True(erase.Code == 0, erase.Err);
        using (var json = JsonDocument.Parse(erase.Out))
            Assert.Equal(0, json.RootElement.GetProperty("exports").GetInt32());
        var master = Path.Combine(backups, "erasure-tombstones.json");
        Assert.DoesNotContain(key, File.ReadAllText(master));
        var alone = Path.Combine(TestFolders.New(), "alone.duckdb");
        Assert.Equal(0, Run("restore", "--from", offsite, "--db", alone).Code);
        Assert.True(Count(alone, "SELECT count(*) FROM appeal WHERE consumer_key = $key", key) > 0); // the copy alone brings them back
        var honoured = Path.Combine(TestFolders.New(), "honoured.duckdb");
        var restore = Run("restore", "--from", offsite, "--db", honoured, "--tombstones", master, "--json");
        Assert.True(restore.Code == 0, restore.Err);
        Assert.Equal(0, Count(honoured, "SELECT count(*) FROM appeal WHERE consumer_key = $key", key));
        Assert.Equal(1, Run("restore", "--from", offsite, "--db", Path.Combine(TestFolders.New(), "x.duckdb"), "--tombstones", Path.Combine(backups, "none.json")).Code);
    }

    [Fact]
    public void Erase_WithoutAKey_IsAUsageError()
    {
        Assert.Equal(2, Run("erase", "--db", demo.Db, "--consumer", " ").Code);
        Assert.Equal(2, Run("erase", "--db", demo.Db).Code);
    }

    [Fact]
    public void Restore_PutsBackTheModelsAndKeys_BesideTheNewStore()
    {
        var restored = Path.Combine(TestFolders.New(), "restored.duckdb");
        var (code, stdout, stderr) = Run("restore", "--from", demo.Snapshot, "--db", restored, "--json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("models").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("keys").GetInt32());
        var dir = Path.GetDirectoryName(restored)!;
        Assert.Equal("model bytes", File.ReadAllText(Path.Combine(dir, "models", "topic-v1.zip")));
        Assert.Equal("<key/>", File.ReadAllText(Path.Combine(dir, "keys", "key-1.xml")));
    }

    [Fact]
    public void Restore_RefusesToOverwriteADifferentKeyFile()
    {
        var restored = Path.Combine(TestFolders.New(), "restored.duckdb");
        var keys = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(restored)!, "keys")).FullName;
        File.WriteAllText(Path.Combine(keys, "key-1.xml"), "<other/>");

        var (code, _, stderr) = Run("restore", "--from", demo.Snapshot, "--db", restored);

        Assert.Equal(1, code);
        Assert.Contains("key-1.xml", stderr);
        Assert.False(File.Exists(restored));
        Assert.Equal("<other/>", File.ReadAllText(Path.Combine(keys, "key-1.xml")));
    }
}
