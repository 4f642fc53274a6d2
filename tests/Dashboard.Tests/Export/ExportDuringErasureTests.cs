using System.Net;
using System.Text.Json;
using Analytics.Engine.Privacy.Erasure;
using Dapper;
using Dashboard.Export;
using Dashboard.Tests.Support;
using DuckDB.NET.Data;

namespace Dashboard.Tests.Export;

/// <summary>
/// #21.6 with #21.8, through the real host and the real export job: an Admin (who sees personal data) asks for a
/// background export; a consumer's erasure commits after the job has read the store and before it finishes (the job's
/// <see cref="ExportJob.AfterRead"/> seam). The job reads again and its file — downloaded as any other — equals an export
/// requested after the erasure; without the overlap it reads once, as before (ADR 0031).
/// </summary>
public class ExportDuringErasureTests
{
    private const string Key = "LS-5550001";
    private const string Name = "Фоновая Ольга Петровна";
    private const string Phone = "+7 (913) 555-00-01";
    private static readonly string[] Trace = [Key, Name, Phone, "Фоновая"];

    private static DashboardFactory Host()
    {
        var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        using var c = factory.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone,
                                channel, kind, received_at, registered_at, answered_at, text)
            SELECT 'A-' || i, 'O01', 'individual', 'LS-' || (1000000 + i), 'Житель Номер' || i, '+7 900 000-' || lpad(i::VARCHAR, 4, '0'),
                   'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Обычное обращение'
            FROM range(50) t(i);
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone,
                                channel, kind, received_at, registered_at, answered_at, text) VALUES
                ('B-1', 'O01', 'individual', $Key, $Name, $Phone, 'email', 'complaint', '2026-10-02', '2026-10-02', '2026-10-06', 'Пишет ' || $Name);
            """, new { Key, Name, Phone });
        return factory;
    }

    private static async Task<long> Request(HttpClient client, string format)
    {
        var response = await client.PostAsync($"/api/exports?kind=appeals&format={format}", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>The file's data rows and all its text, whatever its format.</summary>
    private static (long Rows, string Text) Read(string path, string format)
    {
        switch (format)
        {
            case "csv":
                var text = File.ReadAllText(path);
                return (text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1, text);
            case "xlsx":
                var rows = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
                return (rows.Count, string.Join("\n", rows.SelectMany(r => r.Values).Select(v => v?.ToString())));
            default:
                using (var duck = new DuckDBConnection("Data Source=:memory:"))
                {
                    duck.Open();
                    return (duck.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{path}')"),
                        duck.ExecuteScalar<string>($"SELECT string_agg(CAST(t AS VARCHAR), '\n') FROM read_parquet('{path}') t") ?? "");
                }
        }
    }

    private static long Appeals(DashboardFactory factory)
    {
        using var c = factory.Store.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM appeal");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("parquet")]
    public async Task AnErasureBetweenTheReadAndTheFinish_TheJobReadsAgain_CompletesWithoutThePerson(string format)
    {
        await using var factory = Host();
        var ct = TestContext.Current.CancellationToken;
        var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var id = await Request(admin, format);
        var job = factory.Service<ExportJob>();
        var jobs = factory.Service<ExportJobs>();
        var reads = 0;
        (long Rows, string Text) firstRead = default;
        job.AfterRead = () =>
        {
            if (++reads != 1) return;
            firstRead = Read(ExportJobs.Partial(Path.Combine(job.Folder, jobs.Get(id)!.FileName)), format);
            new ConsumerErasure(factory.Store).Erase(Key, "admin");
        };

        job.Run(id, ct);

        Assert.Contains(Name, firstRead.Text);   // the first read held the person
        Assert.Equal(2, reads);
        var row = jobs.Get(id)!;
        Assert.Equal(("completed", ConsumerErasure.ExportRereadMessage), (row.State, row.Message));
        var file = Path.Combine(factory.Directory_, "downloaded." + format);
        await File.WriteAllBytesAsync(file, await admin.GetByteArrayAsync($"/api/exports/{id}/file", ct), ct);
        var (rows, text) = Read(file, format);
        Assert.All(Trace, t => Assert.DoesNotContain(t, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Житель Номер7", text);
        Assert.Equal(Appeals(factory), rows);
        Assert.Equal((Appeals(factory), (long?)Appeals(factory)), (row.RowsWritten, row.RowsTotal));
        Assert.False(File.Exists(ExportJobs.Partial(row.FilePath!)));
        Assert.Contains(factory.Service<Analytics.Engine.Access.AccessLog>().Recent(), e => e.What == $"export-job/{id}" && e.Detail!.StartsWith("download", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAnErasure_TheJobReadsOnce_AndTheFileHoldsThePersonAsShownToAnAdmin()
    {
        await using var factory = Host();
        var ct = TestContext.Current.CancellationToken;
        var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var id = await Request(admin, "csv");
        var job = factory.Service<ExportJob>();
        var reads = 0;
        job.AfterRead = () => reads++;

        job.Run(id, ct);

        Assert.Equal(1, reads);
        var row = factory.Service<ExportJobs>().Get(id)!;
        Assert.Equal(("completed", (string?)null, Appeals(factory)), (row.State, row.Message, row.RowsWritten));
        var text = await admin.GetStringAsync($"/api/exports/{id}/file", ct);
        Assert.Contains(Name, text);
        Assert.Equal(Appeals(factory) + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
