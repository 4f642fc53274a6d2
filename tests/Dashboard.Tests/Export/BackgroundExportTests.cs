using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Dapper;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Localization;
using Dashboard.Tests.Support;
using Dashboard.Users;
using DuckDB.NET.Data;

namespace Dashboard.Tests.Export;

/// <summary>
/// Background exports through the real host: 150,000 appeals made with SQL, the request through <c>POST /api/exports</c>,
/// the job run directly (Hangfire's server is off, so nothing polls), the file through <c>GET /api/exports/{id}/file</c>.
/// </summary>
public class BackgroundExportTests
{
    private const string Password = "a-long-password-1";
    private const int InB01 = 100_000, InB02 = 50_000;

    private static DashboardFactory Host()
    {
        var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        using (var c = factory.Store.Open())
            c.Execute($"""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES
                    ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                    ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, consumer_phone, channel, kind,
                    received_at, registered_at, due_at, status)
                SELECT CASE WHEN i = 0 THEN '@SUM(A1)' ELSE 'A-' || i END,
                       CASE WHEN i < {InB01} THEN 'O01' ELSE 'O21' END, 'individual',
                       'Иванов Иван ' || i, '+7900' || lpad(i::VARCHAR, 7, '0'), 'email', 'complaint',
                       TIMESTAMP '2025-03-03 10:00:00' + (i % 60) * INTERVAL 1 HOUR,
                       TIMESTAMP '2025-03-03 10:00:00', TIMESTAMP '2025-03-20 00:00:00', 'open'
                FROM range({InB01 + InB02}) t(i);
                """);
        factory.AddUser("boss", Password, new UserRole(Roles.Executive, null));
        factory.AddUser("manager", Password, new UserRole(Roles.BranchManager, "B02"));
        return factory;
    }

    private static async Task<long> Request(HttpClient client, string query)
    {
        var response = await client.PostAsync("/api/exports?" + query, null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("id").GetInt64();
    }

    private static async Task<string[]> CsvLines(HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/exports/{id}/file", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The job, timed, with the process's peak resident memory reset first (Linux clear_refs) and read after.</summary>
    private static void RunMeasured(DashboardFactory factory, long id, string label)
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        var before = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmRSS", StringComparison.Ordinal));
        var watch = Stopwatch.StartNew();
        factory.Service<ExportJob>().Run(id, TestContext.Current.CancellationToken);
        watch.Stop();
        var peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
        // Reported, never asserted (no timed tests); EXPORT_MEASURE_FILE collects the figures for the closing note.
        var job = factory.Service<ExportJobs>().Get(id);
        var line = $"{label}: {job?.RowsWritten} rows, {job?.SizeBytes} bytes, {watch.Elapsed.TotalSeconds:F1} s, {before} before, {peak} during";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (Environment.GetEnvironmentVariable("EXPORT_MEASURE_FILE") is { Length: > 0 } measures) File.AppendAllText(measures, line + "\n");
    }

    [Fact]
    public async Task Executive_150kRows_CsvAndParquet_ExactCounts_Masked_Neutralised_Logged()
    {
        await using var factory = Host();
        var ct = TestContext.Current.CancellationToken;
        var client = await SignInClient.SignedIn(factory, "boss", Password);

        var csv = await Request(client, "kind=appeals&format=csv&from=2025-01-01&to=2025-12-31");
        RunMeasured(factory, csv, "csv 150k");
        var lines = await CsvLines(client, csv);

        Assert.Equal(InB01 + InB02 + 1, lines.Length);
        Assert.Equal(lines.Length, lines.Distinct().Count());                            // no row written twice
        Assert.StartsWith(Ui.Lookup("Appeals.RegisterNo", CultureInfo.GetCultureInfo("ru")) + ",", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains("+7900", StringComparison.Ordinal) || l.Contains("Иванов", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'@SUM(A1),", StringComparison.Ordinal));   // neutralised, not a formula
        Assert.DoesNotContain(lines, l => l.StartsWith("@SUM", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",Жалоба,", StringComparison.Ordinal));        // Russian label, not the code

        var parquet = await Request(client, "kind=appeals&format=parquet&from=2025-01-01&to=2025-12-31");
        RunMeasured(factory, parquet, "parquet 150k");
        var file = Path.Combine(factory.Directory_, "downloaded.parquet");
        await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync($"/api/exports/{parquet}/file", ct), ct);
        using (var duck = new DuckDBConnection("Data Source=:memory:"))
        {
            duck.Open();
            Assert.Equal(InB01 + InB02, duck.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{file}')"));
            Assert.Equal(0, duck.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{file}') t WHERE CAST(t AS VARCHAR) LIKE '%+7900%'"));
        }

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/exports", ct));
        var jobs = list.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(("completed", InB01 + InB02, (long)(InB01 + InB02)),
            (j.GetProperty("state").GetString(), j.GetProperty("rowsWritten").GetInt64(), j.GetProperty("rowsTotal").GetInt64())));

        var log = factory.Service<AccessLog>().Recent();
        Assert.Contains(log, e => e is { UserName: "boss", Action: "export" } && e.What == $"export-job/{csv}" && e.Detail!.StartsWith("requested records/appeals format=csv", StringComparison.Ordinal));
        Assert.Contains(log, e => e is { UserName: "boss" } && e.What == $"export-job/{parquet}" && e.Detail!.StartsWith("download", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_ReadOneOrderedStream_InPagesOfTheSizeAsked_TheSameRowsAsThePage()
    {
        await using var factory = Host();
        var records = factory.Service<Analytics.Engine.Queries.Records.RecordsQuery>();
        var scope = new Analytics.Engine.Access.BranchScope("manager", "B02", false);
        var filter = new Analytics.Engine.Queries.QueryFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var none = new Dictionary<string, string>();

        var pages = records.Pages("appeals", filter, none, scope, key => key, 20_000).ToList();
        var whole = records.Load("appeals", filter, none, scope, key => key, 0, 100_000)!;

        Assert.Equal([20_000, 20_000, 10_000], pages.Select(p => p.View.Rows.Count));
        Assert.All(pages, p => Assert.Equal(InB02, p.Total));
        Assert.Equal(whole.View.Rows.Select(r => r[0]), pages.SelectMany(p => p.View.Rows).Select(r => r[0]));
        Assert.Equal(InB02, pages.SelectMany(p => p.View.Rows).Select(r => r[0]).Distinct().Count());

        // Nothing matches: still one page, so the file gets its header row.
        var empty = records.Pages("appeals", filter with { From = new DateOnly(2030, 1, 1), To = new DateOnly(2030, 12, 31) },
            none, scope, key => key, 20_000).ToList();
        Assert.Empty(Assert.Single(empty).View.Rows);
        Assert.NotEmpty(empty[0].View.Columns);
    }

    [Fact]
    public async Task BranchManager_IsHeldToTheirBranch_AndAnotherUsersFileIsRefused()
    {
        await using var factory = Host();
        var ct = TestContext.Current.CancellationToken;
        var manager = await SignInClient.SignedIn(factory, "manager", Password);

        var id = await Request(manager, "kind=appeals&format=csv&branch=B01");
        factory.Service<ExportJob>().Run(id, ct);
        var lines = await CsvLines(manager, id);

        Assert.Equal(InB02 + 1, lines.Length);                                   // B02's rows only, whatever was asked
        Assert.All(lines.Skip(1), l => Assert.Contains(",O21,", l));
        Assert.DoesNotContain(lines, l => l.Contains("+7900", StringComparison.Ordinal));
        Assert.Contains(factory.Service<AccessLog>().Recent(), e => e.UserName == "manager" && e.What == $"export-job/{id}" && e.ScopeCode == "B02");

        var boss = await SignInClient.SignedIn(factory, "boss", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await boss.GetAsync($"/api/exports/{id}/file", ct)).StatusCode);
        Assert.Empty(JsonDocument.Parse(await boss.GetStringAsync("/api/exports", ct)).RootElement.EnumerateArray());
        var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/exports/{id}/file", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/exports/999/file", ct)).StatusCode);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused_AndBadInputIsNamed()
    {
        await using var factory = Host();
        var ct = TestContext.Current.CancellationToken;
        var noToken = await SignInClient.SignedIn(factory, "boss", Password, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, (await noToken.PostAsync("/api/exports?kind=appeals&format=csv", null, ct)).StatusCode);
        var client = await SignInClient.SignedIn(factory, "boss", Password);
        var bad = await client.PostAsync("/api/exports?kind=appeals&format=pdf", null, ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("csv, xlsx or parquet", await bad.Content.ReadAsStringAsync(ct));
        Assert.Empty(factory.Service<ExportJobs>().ForUser("boss"));

        // XLSX streams through MiniExcel: every row of the branch, masked, the Russian header.
        var id = await Request(client, "kind=appeals&format=xlsx&branch=B02");
        factory.Service<ExportJob>().Run(id, ct);
        using var sheet = new MemoryStream(await client.GetByteArrayAsync($"/api/exports/{id}/file", ct));
        var rows = MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(InB02, rows.Count);
        Assert.Contains(Ui.Lookup("Appeals.RegisterNo", CultureInfo.GetCultureInfo("ru")), rows[0].Keys);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v?.ToString()?.Contains("+7900", StringComparison.Ordinal) == true));
    }
}
