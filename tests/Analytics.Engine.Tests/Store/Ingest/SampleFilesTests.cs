using Analytics.Engine.Store.Export;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Store.Ingest.Mapping;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>Every documented sample in data/samples imports cleanly into its table, and exports round-trip.</summary>
public class SampleFilesTests
{
    private static string Sample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "data", "samples", name);
    }

    [Theory]
    [InlineData(ImportKind.Org, "org.csv", "org_unit", 4)]
    [InlineData(ImportKind.Appeals, "appeals.csv", "appeal", 3)]
    [InlineData(ImportKind.Appeals, "appeals-1251.csv", "appeal", 2)]
    [InlineData(ImportKind.Queue, "queue.csv", "queue_visit", 3)]
    [InlineData(ImportKind.Calls, "calls.csv", "call_interval", 2)]
    [InlineData(ImportKind.Calls, "calls-records.csv", "call_record", 2)]
    [InlineData(ImportKind.ControlCalls, "control-calls.csv", "control_call", 2)]
    [InlineData(ImportKind.Plans, "plans.csv", "plan", 2)]
    [InlineData(ImportKind.Responses, "responses.csv", "submission", 2)]
    public void Import_StoresEverySampleRow(ImportKind kind, string file, string table, long rows)
    {
        using var temp = new TempStore();

        var s = temp.Import(kind, Sample(file));

        Assert.True(s.Rejected == 0, string.Join("; ", s.Rejects.Select(r => $"{r.Line} {r.Column}: {r.Reason}")));
        Assert.Empty(s.Warnings);
        Assert.Equal((rows, rows, table), (s.Read, s.Stored, s.Table));
        Assert.Equal(rows, temp.Count($"SELECT count(*) FROM {table}"));
    }

    [Fact]
    public void Import_StoresMeasuresAndAnswers_AsChildRows()
    {
        using var temp = new TempStore();
        temp.Import(ImportKind.Appeals, Sample("appeals.csv"));
        temp.Import(ImportKind.Responses, Sample("responses.csv"));

        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal_measure WHERE register_no = '2025-0001' AND measure_no = 1"));
        Assert.Equal(6, temp.Count("SELECT count(*) FROM answer"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM answer WHERE submission_id = 'r-002' AND item_code = 'Q2' AND not_applicable"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM answer WHERE item_code = 'Q3_comment' AND value_text = 'Долго ждал'"));
    }

    [Fact]
    public void Import_UsesMapFile_FromSamples()
    {
        using var temp = new TempStore();
        var s = temp.Import(ImportKind.Appeals, Sample("appeals-mapped.csv"), new ImportOptions { Map = ColumnMap.Load(Sample("map-example.json")) });
        Assert.Equal(1, s.Stored);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE channel = 'personal_account' AND kind = 'complaint'"));
    }

    [Theory]
    [InlineData(".arrow")]
    [InlineData(".parquet")]
    [InlineData(".xlsx")]
    [InlineData(".csv")]
    public void Export_ThenImport_FindsEveryRowAsDuplicate(string extension)
    {
        using var temp = new TempStore();
        temp.Import(ImportKind.Appeals, Sample("appeals.csv"));
        var file = temp.File("appeal" + extension);

        var exported = new ExportService(temp.Store).Export("appeal", file);
        var back = temp.Import(ImportKind.Appeals, file);

        Assert.Equal(3, exported);
        Assert.True(back.Rejected == 0, string.Join("; ", back.Rejects.Select(r => $"{r.Line} {r.Column}: {r.Reason}")));
        Assert.Equal((3, 0, 3), (back.Read, back.Stored, back.Duplicates));
    }

    [Fact]
    public void Export_ThenImport_IntoFreshStore_RestoresRows()
    {
        using var source = new TempStore();
        source.Import(ImportKind.Queue, Sample("queue.csv"));
        var file = source.File("queue.arrow");
        new ExportService(source.Store).Export("queue_visit", file);
        using var target = new TempStore();

        var s = target.Import(ImportKind.Queue, file);

        Assert.Equal(3, s.Stored);
        Assert.Equal(1, target.Count("SELECT count(*) FROM queue_visit WHERE ticket = 'А001' AND called_at = TIMESTAMP '2025-01-10 09:03:40'"));
    }
}
