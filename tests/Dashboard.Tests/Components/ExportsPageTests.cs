using System.Globalization;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Exports;
using Dashboard.Export;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>"Мои выгрузки": the user's own jobs only, state in Russian, progress, size, Moscow time and the link.</summary>
public class ExportsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public ExportsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        Services.AddSingleton<ExportJobs>();
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO export_job (user_name, kind, format, state, created_at, rows_written, rows_total, file_path, size_bytes) VALUES
                ('exec', 'appeals', 'csv', 'completed', TIMESTAMP '2025-03-10 06:00:00', 150000, 150000, '/tmp/x.csv', 31457280),
                ('exec', 'queue', 'parquet', 'running', TIMESTAMP '2025-03-10 06:05:00', 40000, 150000, NULL, NULL),
                ('other', 'appeals', 'xlsx', 'completed', TIMESTAMP '2025-03-10 06:00:00', 5, 5, '/tmp/y.xlsx', 10)
            """);
    }

    [Fact]
    public void Lists_OnlyTheUsersJobs_WithStateProgressSizeMoscowTimeAndLink()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<ExportsPage>();

        var rows = cut.FindAll("tr[data-export]");
        Assert.Equal(2, rows.Count);
        var done = rows.Single(r => r.TextContent.Contains("готова"));
        Assert.Contains("10.03.2025 09:00", done.TextContent);                       // 06:00 UTC is 09:00 in Moscow
        Assert.Contains("30,0\u00A0МБ", done.TextContent); // Numbers.Size: a no-break space joins number and unit
        Assert.Contains(150_000.ToString("N0", CultureInfo.GetCultureInfo("ru-RU")), done.TextContent);
        var link = done.QuerySelector("[data-test=export-download]")!;
        Assert.EndsWith("/file", link.GetAttribute("href"));
        var running = rows.Single(r => r.TextContent.Contains("выполняется"));
        Assert.Contains(40_000.ToString("N0", CultureInfo.GetCultureInfo("ru-RU")), running.QuerySelector("[data-test=export-progress]")!.TextContent);
        Assert.Null(running.QuerySelector("[data-test=export-download]"));
    }

    [Fact]
    public void SaysWhereExportsComeFrom_WhenThereAreNone()
    {
        this.SignInAs("nobody", Roles.Auditor);

        var cut = Render<ExportsPage>();

        Assert.Contains("страницы записей", cut.Find("[data-test=exports-empty]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
