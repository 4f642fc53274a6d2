using Analytics.Cli.Bench;
using Analytics.Engine.Demo;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Bench;

/// <summary>
/// <c>bench demo</c> puts the generator's rows/s beside DuckDB copying the same rows: that ratio means something only
/// if the copy moves the very rows the generator reports, table by table. Checked on a tiny demo (scale 0.005).
/// </summary>
public class DemoBaselineTests
{
    [Fact]
    public void CopyAll_CopiesTheRowsTheGeneratorReports_TableByTable()
    {
        var folder = TestFolders.New();
        var source = Path.Combine(folder, "demo-source.duckdb");
        DemoSummary summary;
        using (var store = AnalyticsStore.At(source))
            summary = new DemoGenerator().Generate(store, new DemoOptions { Scale = 0.005, Today = new DateOnly(2026, 6, 30) }, null,
                TestContext.Current.CancellationToken);

        using var target = AnalyticsStore.At(Path.Combine(folder, "demo-copy.duckdb"));
        new StoreMigrator(target).Migrate();
        var copied = DemoBenchmark.CopyAll(source, target);

        Assert.True(summary.TotalRows > 0);
        Assert.Equal(summary.TotalRows, copied);
        using var c = target.Open();
        Sql.Rows(c, $"ATTACH '{source.Replace("'", "''", StringComparison.Ordinal)}' AS src (READ_ONLY)");
        foreach (var table in DemoGenerator.DefaultGenerators().SelectMany(g => g.Tables).Distinct())
            Assert.Equal(Sql.Long(c, $"SELECT count(*) FROM src.{table}"), Sql.Long(c, $"SELECT count(*) FROM {table}"));
    }
}
