using Analytics.Cli.Bench;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Ingest;

namespace Analytics.Cli.Tests.Bench;

/// <summary>
/// <c>bench import</c> compares the importer with DuckDB's own <c>read_csv</c> of the same file: the ratio means
/// something only if the baseline reads the rows the importer stores. Checked on 3,000 generated appeals.
/// </summary>
public class ImportBaselineTests
{
    [Fact]
    public void BaselineReadCsv_ReadsTheRowsTheImporterStores_OfficeByOffice()
    {
        const long rows = 3_000;
        var folder = TestFolders.New();
        var csv = Path.Combine(folder, "appeals.csv");
        ImportBenchmark.Generate(csv, rows);

        using var store = AnalyticsStore.At(Path.Combine(folder, "bench.duckdb"));
        new StoreMigrator(store).Migrate();
        var summary = new ImportService(store).Import(ImportKind.Appeals, csv, new ImportOptions(), null, TestContext.Current.CancellationToken);
        Assert.Equal(rows, summary.Stored);

        using var c = store.Open();
        Sql.Rows(c, ImportBenchmark.BaselineSql(csv));
        Assert.Equal(summary.Stored, Sql.Long(c, "SELECT count(*) FROM plain"));
        Assert.Equal(summary.Stored, Sql.Long(c, "SELECT count(DISTINCT register_no) FROM plain"));
        var engine = Sql.Rows(c, "SELECT office_code, count(*) FROM appeal GROUP BY 1 ORDER BY 1").Select(r => (r[0]?.ToString(), Convert.ToInt64(r[1]))).ToList();
        var baseline = Sql.Rows(c, "SELECT office_code, count(*) FROM plain GROUP BY 1 ORDER BY 1").Select(r => (r[0]?.ToString(), Convert.ToInt64(r[1]))).ToList();
        Assert.True(engine.Count > 1);
        Assert.Equal(engine, baseline);
        // The very same rows: every register number the importer stored, the baseline read.
        Assert.Equal(0, Sql.Long(c, "SELECT count(*) FROM appeal a ANTI JOIN plain p ON p.register_no = a.register_no"));
    }
}
