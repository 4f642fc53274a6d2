using Analytics.Engine.Store;
using Dapper;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Hosting;

/// <summary>
/// #21 gaps: an import run and an export job left 'running' by a killed host are closed when the host starts again —
/// the import as interrupted, the export as failed with a message — not left 'running' until the next import.
/// </summary>
public class StaleRunsAtStartTests
{
    [Fact]
    public async Task HostStart_MarksRunningImportsInterrupted_AndRunningExportsFailed_LeavingFinishedOnes()
    {
        var directory = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        using (var store = AnalyticsStore.At(Path.Combine(directory, "store.duckdb")))
        {
            new StoreMigrator(store).Migrate();
            using var c = store.Open();
            c.Execute("""
                INSERT INTO import_run (kind, file_name, pid, read, stored) VALUES ('appeals', 'killed.csv', 999999, 5000, 4000);
                INSERT INTO import_run (kind, file_name, pid, status, read, stored) VALUES ('appeals', 'done.csv', 999999, 'completed', 10, 10);
                INSERT INTO export_job (user_name, kind, format, created_at, state, rows_written) VALUES
                    ('admin', 'appeals', 'csv', '2026-11-01 10:00', 'running', 120000),
                    ('admin', 'appeals', 'csv', '2026-11-01 09:00', 'completed', 5);
                """);
        }
        try
        {
            await using var factory = new DashboardFactory(directory: directory);
            _ = factory.Server; // starts the host: StoreStartup runs

            using var c = factory.Store.Open();
            Assert.Equal([("done.csv", "completed", 10L), ("killed.csv", "interrupted", 4000L)],
                c.Query<(string, string, long)>("SELECT file_name, status, stored FROM import_run ORDER BY file_name"));
            Assert.Equal([("completed", (string?)null), ("failed", StaleRuns.ExportMessage)],
                c.Query<(string, string?)>("SELECT state, message FROM export_job ORDER BY state"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM export_job WHERE state = 'failed' AND finished_at IS NULL"));
        }
        finally
        {
            DashboardFactory.DeleteDirectory(directory);
        }
    }
}
