using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>
/// The merge's two paths: a batch without repeated keys classifies only its rows already in the store; a batch with
/// repeats classifies every row. Both must give the same counts and rows.
/// </summary>
public class BatchMergeTests
{
    private const string MeasureHeader = AppealHeader + ",Мероприятие";

    [Fact]
    public void Import_StoresOnlyNewKeys_WhenBatchWithoutRepeatsPartlyMatchesStore()
    {
        using var temp = new TempStore();
        temp.Import(ImportKind.Appeals, temp.Write("a.csv", string.Join("\n", AppealHeader, Appeal("A-1"), Appeal("A-2"))));
        var path = temp.Write("b.csv", string.Join("\n", AppealHeader, Appeal("A-2"), Appeal("A-3"), Appeal("A-1", "05.02.2025 10:00")));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3, 1, 1, 1), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        var conflict = Assert.Single(s.Rejects);
        Assert.Equal(4, conflict.Line);
        Assert.Contains("уже сохранено", conflict.Reason);
        Assert.Equal(3, temp.Count("SELECT count(*) FROM appeal"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-1' AND received_at = TIMESTAMP '2025-02-01 10:00:00'"));
        Assert.Equal(1, temp.Count($"SELECT count(*) FROM quarantine WHERE import_id = {s.ImportId} AND line = 4"));
        Assert.Equal(1, temp.Count($"SELECT count(*) FROM import_run WHERE id = {s.ImportId} AND read = 3 AND stored = 1 AND duplicates = 1 AND rejected = 1"));
    }

    [Fact]
    public void Import_StoresChildRowsOnlyForNewParents_WhenBatchHasNoRepeats()
    {
        using var temp = new TempStore();
        temp.Import(ImportKind.Appeals, temp.Write("a.csv", string.Join("\n", MeasureHeader, Appeal("A-1") + ",Звонок")));
        var path = temp.Write("b.csv", string.Join("\n", MeasureHeader, Appeal("A-1") + ",Звонок", Appeal("A-2") + ",Письмо",
            Appeal("A-3", "31.02.2025") + ",Визит"));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3, 1, 1, 1), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        Assert.Equal(2, temp.Count("SELECT count(*) FROM appeal_measure"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal_measure WHERE register_no = 'A-2' AND description = 'Письмо'"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal_measure WHERE register_no = 'A-3'"));
    }

    [Fact]
    public void Import_KeepsCountsAndRows_WhenFileSpansManyBatches()
    {
        using var temp = new TempStore();
        var lines = Enumerable.Range(1, 25).Select(i => Appeal($"A-{i}")).ToList();
        lines.Insert(10, Appeal("A-3"));
        lines.Insert(20, Appeal("A-4", "07.02.2025 10:00"));
        var path = temp.Write("a.csv", string.Join("\n", [AppealHeader, .. lines]));
        var options = new ImportOptions { BatchSize = 4 };

        var first = temp.Import(ImportKind.Appeals, path, options);
        var second = temp.Import(ImportKind.Appeals, path, options);

        Assert.Equal((27, 25, 1, 1), (first.Read, first.Stored, first.Duplicates, first.Rejected));
        Assert.Equal((27, 0, 26, 1), (second.Read, second.Stored, second.Duplicates, second.Rejected));
        Assert.Equal(25, temp.Count("SELECT count(DISTINCT register_no) FROM appeal"));
        Assert.Equal(25, temp.Count("SELECT count(*) FROM appeal"));
        AssertConserved(first);
        AssertConserved(second);
    }
}
