using Analytics.Engine.Audit;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Commands;

/// <summary><c>analytics audit verify [--json]</c>: the contract's object, exit 1 naming the first broken link.</summary>
public class AuditCommandTests
{
    private static string StoreWithEntries(int count)
    {
        var db = Path.Combine(TestFolders.New(), "s.duckdb");
        using var store = AnalyticsStore.At(db);
        new StoreMigrator(store).Migrate();
        var trail = new AuditTrail(store);
        for (var i = 1; i <= count; i++) trail.Append("admin", "update", AuditKinds.Setting, $"s{i}", new { v = i - 1 }, new { v = i });
        return db;
    }

    private static (int Code, string Out) Verify(string db)
    {
        var stdout = new StringWriter();
        var code = CliApp.Run(["audit", "verify", "--db", db, "--json"], stdout, new StringWriter());
        return (code, stdout.ToString().Trim());
    }

    [Fact]
    public void Verify_PrintsIntact_OnAFreshChain()
    {
        var db = StoreWithEntries(3);

        Assert.Equal((0, """{"entries":3,"intact":true,"firstBroken":null}"""), Verify(db));
    }

    [Fact]
    public void Verify_ExitsOneAndNamesTheEntry_WhenOneWasEditedInTheStore()
    {
        var db = StoreWithEntries(3);
        using (var store = AnalyticsStore.At(db))
        using (var c = store.Open())
        using (var command = c.CreateCommand())
        {
            command.CommandText = "UPDATE audit_entry SET actor = 'intruder' WHERE seq = 2";
            command.ExecuteNonQuery();
        }

        Assert.Equal((1, """{"entries":3,"intact":false,"firstBroken":2}"""), Verify(db));
    }
}
