using System.Text.Json;
using Analytics.Cli.Bench;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;

namespace Analytics.Cli.Tests.Bench;

/// <summary>
/// <c>bench submit</c> puts the host's submissions/s beside DuckDB storing "the same rows" directly: that ratio means
/// something only if the direct inserts write the rows the host writes for the bench's body — one submission, the same
/// answers item by item. Checked for a few bodies (every answer value varies with the index).
/// </summary>
public class SubmitBaselineTests
{
    private static List<string> Answers(AnalyticsStore store, string id)
    {
        using var c = store.Open();
        return [.. Sql.Rows(c, $"SELECT item_code, value_num, value_text FROM answer WHERE submission_id = '{id}' ORDER BY item_code")
            .Select(r => $"{r[0]}={(r[1] is null ? "∅" : Convert.ToDouble(r[1]).ToString(System.Globalization.CultureInfo.InvariantCulture))}/{r[2] ?? "∅"}")];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1_000_013)]
    public void DirectInsert_StoresTheRowsTheHostStores_ForTheBenchBody(int i)
    {
        var folder = TestFolders.New();
        using var host = AnalyticsStore.At(Path.Combine(folder, "host.duckdb"));
        SubmitBenchmark.Prepare(host);
        // The body as the host's endpoint reads it (ASP.NET Core's web defaults), through the same service.
        var request = JsonSerializer.Deserialize<SubmissionRequest>(SubmitBenchmark.Body("b1", i), JsonSerializerOptions.Web)!;
        new FormService(host).Submit(request);

        using var direct = AnalyticsStore.At(Path.Combine(folder, "direct.duckdb"));
        new StoreMigrator(direct).Migrate();
        using (var c = direct.Open()) SubmitBenchmark.DirectInsert(c, "b1", i);

        var stored = Answers(host, "b1");
        Assert.Equal(5, stored.Count);
        Assert.Equal(stored, Answers(direct, "b1"));
        using var hc = host.Open();
        using var dc = direct.Open();
        const string submission = "SELECT count(*), min(office_code) FROM submission";
        Assert.Equal(Sql.Rows(hc, submission)[0], Sql.Rows(dc, submission)[0]);
    }
}
