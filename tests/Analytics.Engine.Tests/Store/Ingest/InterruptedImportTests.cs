using System.Text;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using Dapper;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>A cancelled or killed import ends as 'interrupted' with the counts of its whole batches (#21.1).</summary>
public class InterruptedImportTests
{
    [Fact]
    public void Import_MarksRunInterrupted_WithCommittedCounts_WhenCancelled_AndARerunConverges()
    {
        using var temp = new TempStore();
        var text = new StringBuilder(AppealHeader + "\n");
        for (var i = 1; i <= 20_000; i++) text.Append(Appeal($"A-{i}")).Append('\n');
        var path = temp.Write("big.csv", text.ToString());
        using var cts = new CancellationTokenSource();
        var options = new ImportOptions { BatchSize = 1_000 };

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new ImportService(temp.Store).Import(ImportKind.Appeals, path, options, new CancelOnFirstReport(cts), cts.Token));

        using (var connection = temp.Store.Open())
        {
            var run = connection.QuerySingle<(string Status, long Read, long Stored, string Message)>(
                "SELECT status, read, stored, message FROM import_run");
            Assert.Equal("interrupted", run.Status);
            Assert.Contains("cancelled", run.Message);
            Assert.True(run.Read is > 0 and < 20_000, $"read {run.Read}");
            Assert.Equal(0, run.Read % 1_000); // whole batches only
            Assert.Equal(run.Stored, connection.ExecuteScalar<long>("SELECT count(*) FROM appeal"));
        }

        var again = temp.Import(ImportKind.Appeals, path, options);
        Assert.Equal(20_000, temp.Count("SELECT count(*) FROM appeal"));
        Assert.Equal(20_000, again.Stored + again.Duplicates);
        Assert.Equal(20_000, temp.Count("SELECT sum(stored)::BIGINT FROM import_run"));
    }

    [Fact]
    public void Import_MarksARunLeftRunningByADeadProcess_AsInterrupted()
    {
        using var temp = new TempStore();
        using (var connection = temp.Store.Open())
            connection.Execute("INSERT INTO import_run (kind, file_name, read, stored, pid) VALUES ('appeals', 'killed.csv', 245760, 245760, 2147483646)");

        temp.Import(ImportKind.Appeals, temp.Write("a.csv", AppealHeader + "\n" + Appeal("A-1") + "\n"));

        Assert.Equal("interrupted", temp.Scalar("SELECT status FROM import_run WHERE file_name = 'killed.csv'"));
        Assert.Equal(245760, temp.Count("SELECT read FROM import_run WHERE file_name = 'killed.csv'"));
        Assert.Equal("completed", temp.Scalar("SELECT status FROM import_run WHERE file_name = 'a.csv'"));
    }

    /// <summary>Cancels when the first batch is reported committed (reports come from the merging thread, synchronously).</summary>
    private sealed class CancelOnFirstReport(CancellationTokenSource cts) : IProgress<string>
    {
        public void Report(string value) => cts.Cancel();
    }
}
