using System.Globalization;
using System.Net;
using Dapper;
using Dashboard.Access;
using Dashboard.Jobs;
using Dashboard.Reports;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Reports;

/// <summary>D21: the reports the monthly job wrote are listed on /reports for the reader's scope, served by name only, and previewed inline.</summary>
public class GeneratedReportsTests
{
    private const string Password = "a-long-password-1";

    private static async Task<(DashboardFactory Factory, HttpClient Client)> Host(string role, string? branch = null)
    {
        var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
        {
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES
                    ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Архангельский филиал'), ('B02', 'branch', 'C', 'Вологодский филиал'),
                    ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
                """);
        }
        factory.AddUser("someone", Password, new UserRole(role, branch));
        return (factory, await SignInClient.SignedIn(factory, "someone", Password));
    }

    /// <summary>Runs the real monthly job for December 2024: annual, Q4 and Declaration for the company and both branches.</summary>
    private static async Task<IReadOnlyList<string>> Written(DashboardFactory factory) =>
        await factory.Service<MonthlyReportJob>().Run(2024, 12, TestContext.Current.CancellationToken);

    [Fact]
    public void FileNames_RoundTrip_BetweenTheJobAndTheList()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            foreach (var (kind, q, m, unit) in new[] { ("annual", (int?)null, (int?)11, (string?)"ESZ-ARH"), ("quarterly", 2, null, null), ("declaration", null, null, "B01") })
            {
                var path = Path.Combine(dir.FullName, ReportFiles.Name(kind, 2026, q, m, unit));
                File.WriteAllText(path, "%PDF");
                var parsed = ReportFiles.Parse(new FileInfo(path))!;
                Assert.Equal((kind, 2026, q, m, unit), (parsed.Kind, parsed.Year, parsed.Quarter, parsed.ToMonth, parsed.Unit));
            }
            Assert.Null(ReportFiles.Parse(new FileInfo(Path.Combine(dir.FullName, "notes.pdf"))));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Titles_AreRussian_WithTheDraftAndQuarterNamed()
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        GeneratedReport R(string kind, int? q, int? m) => new(kind, 2026, q, m, null, "x.pdf", 1, DateTime.UtcNow);
        Assert.Equal("Декларация соответствия за 2026 год", ReportFiles.Title(R("declaration", null, null), ru));
        Assert.Equal("Годовой отчёт за январь–ноябрь 2026 (проект)", ReportFiles.Title(R("annual", null, 11), ru));
        Assert.Equal("Годовой отчёт за 2026 год", ReportFiles.Title(R("annual", null, 12), ru));
        Assert.Equal("Квартальный отчёт для клиентов, II кв. 2026", ReportFiles.Title(R("quarterly", 2, null), ru));
    }

    [Fact]
    public async Task Executive_SeesEveryGeneratedReport_AndDownloadsOne_Logged()
    {
        var (factory, client) = await Host(Roles.Executive);
        await using var _ = factory;
        var ct = TestContext.Current.CancellationToken;
        var written = await Written(factory);

        var list = factory.Service<GeneratedReports>().List(null);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/reports", ct));
        var response = await client.GetAsync("/api/reports/files/2024/declaration-2024-company.pdf", ct);

        Assert.Equal(9, written.Count);
        Assert.Equal(written.Select(Path.GetFileName).Order(), list.Select(r => r.FileName).Order());
        Assert.Equal("declaration", list[0].Kind); // the Declaration first
        Assert.Contains("Квартальный отчёт для клиентов, IV кв. 2024", page);
        Assert.Contains("Вологодский филиал", page);
        Assert.Contains("/api/reports/files/2024/annual-2024-to-12-B02.pdf", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(File.ReadAllBytes(written.Single(p => p.EndsWith("declaration-2024-company.pdf", StringComparison.Ordinal))),
            await response.Content.ReadAsByteArrayAsync(ct));
        var entry = Assert.Single(factory.Service<AccessLog>().Recent());
        Assert.Equal(("report", "declaration"), (entry.Action, entry.What));
    }

    [Fact]
    public async Task BranchManager_SeesAndGetsTheirBranchsFilesOnly_AndNoNameReachesAnotherFile()
    {
        var (factory, client) = await Host(Roles.BranchManager, "B01");
        await using var _ = factory;
        var ct = TestContext.Current.CancellationToken;
        await Written(factory);

        var list = factory.Service<GeneratedReports>().List("B01");
        var own = await client.GetAsync("/api/reports/files/2024/annual-2024-to-12-B01.pdf", ct);
        var other = await client.GetAsync("/api/reports/files/2024/annual-2024-to-12-B02.pdf", ct);
        var company = await client.GetAsync("/api/reports/files/2024/declaration-2024-company.pdf", ct);
        var escape = await client.GetAsync("/api/reports/files/2024/..%2F..%2Fanalytics.duckdb", ct);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/reports", ct));

        Assert.Equal(3, list.Count);
        Assert.All(list, r => Assert.Equal("B01", r.Unit));
        Assert.Contains("Декларация соответствия за 2024 год", page);
        Assert.Contains("Архангельский филиал", page);
        Assert.DoesNotContain("Вологодский филиал", page);
        Assert.DoesNotContain("-B02.pdf", page);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, company.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }

    [Fact]
    public async Task Preview_IsInline_AndMayBeFramedByOurOwnPagesOnly()
    {
        var (factory, client) = await Host(Roles.Admin);
        await using var _ = factory;
        var ct = TestContext.Current.CancellationToken;
        await Written(factory);

        var generated = await client.GetAsync("/api/reports/files/2024/annual-2024-to-12-company.pdf?inline=true", ct);
        var onDemand = await client.GetAsync("/api/reports/annual?year=2024&inline=true", ct);
        var download = await client.GetAsync("/api/reports/annual?year=2024", ct);

        foreach (var r in new[] { generated, onDemand })
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("inline", r.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("SAMEORIGIN", string.Join("", r.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("frame-ancestors 'self'", string.Join("", r.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("%PDF"u8.ToArray(), (await r.Content.ReadAsByteArrayAsync(ct))[..4]);
        }
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("DENY", string.Join("", download.Headers.GetValues("X-Frame-Options")));
    }
}
