using Analytics.Cli.Bench;
using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Bench;

/// <summary>
/// <c>bench dashboard</c> puts each page beside the DuckDB statements behind it run alone: that baseline means
/// something only if the statements read the counts the engine stored for the methodology the pages show. Checked on a
/// small copy of the dashboard bench data (10,000 rows over the last two years).
/// </summary>
public class DashboardBaselineTests
{
    [Theory]
    [InlineData("overview")]
    [InlineData("benchmark")]
    public void BaselineReads_ReadTheCountsTheEngineStored(string page)
    {
        using var store = AnalyticsStore.At(Path.Combine(TestFolders.New(), "bench.duckdb"));
        new StoreMigrator(store).Migrate();
        BenchData.Generate(store, 0.01, DateOnly.FromDateTime(DateTime.Today).AddDays(-730));
        CalendarDayTable.Fill(store);
        var report = new IndicatorService(store).Refresh();

        var read = DashboardBenchmark.BaselineReads(store, page, (report.MethodologyId, report.MethodologyVersion));

        Assert.True(report.CountRows > 0);
        Assert.Equal(report.CountRows, read.CountRows);
        Assert.Equal(106, read.OrgUnits);   // company, 5 branches, 100 offices
        Assert.True(read.InputStates > 0);
        using var c = store.Open();
        var totals = Sql.Rows(c, "SELECT coalesce(sum(successes), 0)::DOUBLE, coalesce(sum(n), 0)::BIGINT FROM indicator_count " +
            $"WHERE methodology_id = '{report.MethodologyId.Replace("'", "''", StringComparison.Ordinal)}' AND methodology_version = {report.MethodologyVersion}")[0];
        var (successes, n) = (Convert.ToDouble(totals[0]), Convert.ToInt64(totals[1]));
        Assert.Equal(n, read.N);
        Assert.Equal(successes, read.Successes, 6);
        if (page == "overview") Assert.True(read.OverviewTables > 0);
    }

    [Fact]
    public void BaselineReads_OfAnotherMethodologyVersion_ReadNoCounts()
    {
        using var store = AnalyticsStore.At(Path.Combine(TestFolders.New(), "bench.duckdb"));
        new StoreMigrator(store).Migrate();
        BenchData.Generate(store, 0.01, DateOnly.FromDateTime(DateTime.Today).AddDays(-730));
        CalendarDayTable.Fill(store);
        var report = new IndicatorService(store).Refresh();

        var read = DashboardBenchmark.BaselineReads(store, "benchmark", (report.MethodologyId, report.MethodologyVersion + 1000));

        Assert.Equal(0, read.CountRows);
    }
}
