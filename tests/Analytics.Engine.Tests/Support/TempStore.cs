using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Tests.Support;

/// <summary>A fresh DuckDB file per test, migrated to the latest schema, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _directory;

    public TempStore(bool migrate = true)
    {
        _directory = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Path_ = System.IO.Path.Combine(_directory, "store.duckdb");
        if (migrate) MigratedStoreTemplate.CopyTo(Path_);
        Store = AnalyticsStore.At(Path_);
        if (migrate) new StoreMigrator(Store).Migrate(); // a no-op on the copy; keeps the "migrated" promise explicit
    }

    public string Path_ { get; }
    public AnalyticsStore Store { get; }
    public string Directory_ => _directory;

    /// <summary>
    /// A store as it stood before migration <paramref name="version"/> shipped (every earlier migration applied and
    /// recorded), for tests that put old rows in and check what the migration keeps.
    /// </summary>
    public static TempStore Before(int version)
    {
        var temp = new TempStore(migrate: false);
        using var c = temp.Store.Open();
        c.Execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        foreach (var m in StoreMigrator.All.Where(m => m.Version < version))
        {
            c.Execute(m.Sql);
            c.Execute("INSERT INTO schema_version (version, name) VALUES ($v, $n)", new { v = m.Version, n = m.Name });
        }
        return temp;
    }

    /// <summary>A path for a scratch file inside this test's folder.</summary>
    public string File(string name) => System.IO.Path.Combine(_directory, name);

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
