using Analytics.Engine.Forms;
using Analytics.Engine.Store;

namespace SurveyDesigner.Tests.Support;

/// <summary>A FormService over a fresh migrated DuckDB file, deleted afterwards.</summary>
public sealed class TempForms : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "survey-designer-tests", Guid.NewGuid().ToString("N"));

    public TempForms()
    {
        Directory.CreateDirectory(_directory);
        Store = AnalyticsStore.At(Path.Combine(_directory, "store.duckdb"));
        new StoreMigrator(Store).Migrate();
        Forms = new FormService(Store);
    }

    public AnalyticsStore Store { get; }
    public FormService Forms { get; }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
