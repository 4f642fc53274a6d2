using Analytics.Engine.Store;

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

    /// <summary>A path for a scratch file inside this test's folder.</summary>
    public string File(string name) => System.IO.Path.Combine(_directory, name);

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
