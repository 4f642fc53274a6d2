using Analytics.Engine.Store;

namespace Dashboard.Tests.Support;

/// <summary>A fresh migrated DuckDB file in its own temp folder, deleted afterwards.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    public TestStore()
    {
        Directory.CreateDirectory(_directory);
        MigratedStoreTemplate.CopyTo(Path.Combine(_directory, "store.duckdb"));
        Store = AnalyticsStore.At(Path.Combine(_directory, "store.duckdb"));
        new StoreMigrator(Store).Migrate();
    }

    public AnalyticsStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
