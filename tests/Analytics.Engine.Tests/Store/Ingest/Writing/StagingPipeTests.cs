using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using Dapper;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest.Writing;

/// <summary>
/// The parse/merge pipeline: batches are parsed on the calling thread while the previous one merges on another
/// connection through an attached in-memory staging database. Counts, child rows and the quarantine must come out
/// exactly as if the batches were done one after the other, and nothing may be left attached or half-committed.
/// </summary>
public class StagingPipeTests
{
    private const string MeasureHeader = AppealHeader + ",Мероприятие";

    [Fact]
    public void Import_KeepsRowsChildrenAndQuarantine_WhenManySmallBatchesOverlap()
    {
        using var temp = new TempStore();
        var lines = new List<string>();
        for (var i = 1; i <= 60; i++)
            lines.Add(i % 7 == 0 ? Appeal($"A-{i}", "31.02.2025") + ",Звонок" : Appeal($"A-{i}") + $",Мера {i}");
        lines.Add(Appeal("A-1") + ",Мера 1");             // a duplicate of line 2, in a later batch
        lines.Add(Appeal("A-2", "03.02.2025 10:00") + ",Х"); // a conflict with line 3
        var path = temp.Write("a.csv", string.Join("\n", [MeasureHeader, .. lines]));

        var s = temp.Import(ImportKind.Appeals, path, new ImportOptions { BatchSize = 3 });

        var invalidDates = 60 / 7;
        Assert.Equal((62L, 60L - invalidDates, 1L, invalidDates + 1L), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        Assert.Equal(60 - invalidDates, temp.Count("SELECT count(*) FROM appeal"));
        Assert.Equal(60 - invalidDates, temp.Count("SELECT count(*) FROM appeal_measure"));
        Assert.Equal(invalidDates + 1, temp.Count($"SELECT count(*) FROM quarantine WHERE import_id = {s.ImportId}"));
        Assert.Equal(1, temp.Count($"SELECT count(*) FROM import_run WHERE id = {s.ImportId} AND read = 62 AND stored = {60 - invalidDates} AND duplicates = 1 AND rejected = {invalidDates + 1}"));
        Assert.Equal([.. s.Rejects.Select(r => r.Line).Order()], s.Rejects.Select(r => r.Line));
    }

    [Fact]
    public void Import_LeavesNoStagingDatabase_WhenFinished()
    {
        using var temp = new TempStore();
        using var held = temp.Store.Open(); // keeps the database instance (and anything attached to it) alive
        temp.Import(ImportKind.Appeals, temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2"))),
            new ImportOptions { BatchSize = 1 });

        Assert.Equal(0, held.ExecuteScalar<long>("SELECT count(*) FROM duckdb_databases() WHERE database_name LIKE 'ingest_%'"));
        Assert.Equal(2, held.ExecuteScalar<long>("SELECT count(*) FROM appeal"));
    }

    [Fact]
    public void Import_CommitsWholeBatchesOnly_WhenCancelledMidFile()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", string.Join("\n", [AppealHeader, .. Enumerable.Range(1, 5000).Select(i => Appeal($"A-{i}"))]));
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(_ => cancel.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new ImportService(temp.Store).Import(ImportKind.Appeals, path, new ImportOptions { BatchSize = 1000 }, progress, cancel.Token));

        var stored = temp.Count("SELECT count(*) FROM appeal");
        Assert.True(stored > 0 && stored < 5000 && stored % 1000 == 0, $"stored {stored}: not whole batches");
        var again = temp.Import(ImportKind.Appeals, path, new ImportOptions { BatchSize = 1000 });
        Assert.Equal((5000L, 5000L - stored, stored), (again.Read, again.Stored, again.Duplicates));
        Assert.Equal(5000, temp.Count("SELECT count(*) FROM appeal"));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
