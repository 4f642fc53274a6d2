using System.Globalization;
using Dashboard.Localization;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Every dashboard page in a real browser over the demo organisation: an Executive's pages, then the admin-only
/// ones, each interactive, showing its heading, with nothing in the browser console; then one CSV export saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardWalkTests(BrowserFixture browser)
{
    private const string ExecutivePassword = "executive-password-1";
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    [Fact]
    public async Task EveryPage_ShowsHeading_WithoutConsoleErrors_AndAppealsCsvDownloads()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Demo:OnFirstRun"] = "true", ["Demo:Scale"] = "0.01", ["Demo:Classify"] = "false", 
            // Known issue: after this walk the host takes ~30 s to stop (something from the Executive pages holds
            // shutdown) and Hangfire's stop then throws on the expired token; the walk does not need the scheduler.
            ["Jobs:Enabled"] = "false",
        });
        host.Factory.AddUser("director", ExecutivePassword, new UserRole(Roles.Executive, null));
        var year = LatestYear(host);

        await using (var executive = await browser.NewContextAsync(new() { BaseURL = host.Address }))
        {
            var page = await executive.NewPageAsync();
            var errors = CollectErrors(page);
            await Pages.SignIn(page, "director", ExecutivePassword);
            foreach (var (path, heading) in new[]
                     {
                         ($"/indicators?year={year}&level=office", T("Nav.Indicators")),
                         ($"/benchmark?year={year}&level=office", T("Nav.Benchmark")), ($"/trends?year={year}", T("Nav.Trends")),
                         ("/appeals", T("Appeals.Title")), ($"/surveys?year={year}", T("Nav.Surveys")),
                         ($"/audits?year={year}", T("Nav.Audits")), ("/actions", T("Nav.CorrectiveActions")),
                         ("/reports", T("Reports.Title")),
                     })
                await Visit(page, path, ".mud-typography-h4", heading, errors);
            // D17: the trend chart (band clipped at 100 %, y range fitted to the lines) is looked at, not only loaded.
            await Visit(page, $"/trends?year={year}", ".mud-typography-h4", T("Nav.Trends"), errors);
            await Screenshots.Save(page, "trends");
            await Visit(page, "/", ".mud-typography-h5", T("Overview.Title"), errors);

            await DownloadsAppealsCsv(page);
            await DrillsDownFromTheOverview(page, year, errors);
            await AppliesAFilterFromTheAddress(page, year, errors);
            Assert.Empty(errors);
        }

        await using var admin = await browser.NewContextAsync(new() { BaseURL = host.Address });
        var adminPage = await admin.NewPageAsync();
        var adminErrors = CollectErrors(adminPage);
        await Pages.SignIn(adminPage, "admin", Support.DashboardFactory.AdminPassword);
        await Visit(adminPage, "/admin/users", ".mud-typography-h4", T("Users.Title"), adminErrors);
        await Visit(adminPage, "/admin/access-log", ".mud-typography-h4", T("AccessLog.Title"), adminErrors);
        await Visit(adminPage, "/admin/store", ".mud-typography-h4", T("Home.Title"), adminErrors);
        await Assertions.Expect(adminPage.Locator("[data-test=table-counts] tr[data-table=appeal]")).ToBeVisibleAsync();
        await adminPage.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "admin-store.png"), FullPage = true });
        await Visit(adminPage, "/imports", ".mud-typography-h4", T("Imports.Title"), adminErrors);
        // The designer is its own Razor class library with Russian-only text.
        await Visit(adminPage, "/designer", ".mud-typography-h5", "Анкеты и чек-листы", adminErrors);
        Assert.Empty(adminErrors);
    }

    private static string T(string key) => Ui.Lookup(key, Russian);

    /// <summary>Console errors and uncaught exceptions, each tagged with the page it came from.</summary>
    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add($"{page.Url}: console: {message.Text}");
        };
        // A console "Failed to load resource" names no address; the response does.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (errors) errors.Add($"{page.Url}: HTTP {response.Status} {response.Url}");
        };
        page.PageError += (_, error) => { lock (errors) errors.Add($"{page.Url}: page error: {error}"); };
        return errors;
    }

    private static async Task Visit(IPage page, string path, string headingSelector, string heading, List<string> errors)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
        await Pages.WaitInteractive(page);
        await Assertions.Expect(page.Locator(headingSelector).First).ToContainTextAsync(heading);
        // Let the circuit finish its first render (charts, lazy tables) so late errors land on this page.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(page.Url.Contains(path.Split('?')[0], StringComparison.Ordinal), $"{path}: ended on {page.Url}");
        lock (errors) Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static async Task DownloadsAppealsCsv(IPage page)
    {
        await page.GotoAsync("/appeals");
        await Pages.WaitInteractive(page);
        var link = page.Locator("[data-test=export-by-channel] a[data-format=csv]");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var file = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken))
            .Where(l => l.Length > 0).ToArray();
        Assert.True(lines.Length >= 2, $"{download.SuggestedFilename}: {lines.Length} line(s)");
        Assert.Contains(",", lines[0].Replace(';', ','));
    }

    /// <summary>Overview indicator → its criteria → the records behind one criterion's n, which are that many.</summary>
    private static async Task DrillsDownFromTheOverview(IPage page, int year, List<string> errors)
    {
        await Visit(page, $"/?year={year}", ".mud-typography-h5", T("Overview.Title"), errors);
        await page.Locator("[data-test=overview-cards] a[data-test=value]").First.ClickAsync();
        await page.WaitForURLAsync("**/indicators?**");
        await Pages.WaitInteractive(page);
        await Assertions.Expect(page.Locator(".mud-typography-h4").First).ToContainTextAsync(T("Nav.Indicators"));

        var n = page.Locator("[data-table=criteria] tbody tr td:nth-child(6) a[data-drill^='/records/appeals']").First;
        var shown = (await n.TextContentAsync())!;
        await n.ClickAsync();
        await page.WaitForURLAsync("**/records/appeals?**");
        await Pages.WaitInteractive(page);
        await Assertions.Expect(page.Locator("[data-test=records-total]")).ToHaveTextAsync(shown);
        Assert.Contains("criterion=", page.Url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (errors) Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>A bookmarked address with a channel filter: the page applies it, its drill links carry it.</summary>
    private static async Task AppliesAFilterFromTheAddress(IPage page, int year, List<string> errors)
    {
        await Visit(page, $"/appeals?from={year}-01-01&to={year}-12-31", ".mud-typography-h4", T("Appeals.Title"), errors);
        var all = Count(await page.Locator("[data-card=total] [data-test=value]").TextContentAsync());
        await Visit(page, $"/appeals?from={year}-01-01&to={year}-12-31&channel=phone", ".mud-typography-h4", T("Appeals.Title"), errors);
        var total = page.Locator("[data-card=total] [data-test=value]");
        var phone = Count(await total.TextContentAsync());
        Assert.InRange(phone, 1, all - 1);
        Assert.Contains("channel=phone", await total.GetAttributeAsync("href"));
        await Visit(page, $"/audits?from={year}-01-01&to={year}-12-31&channel=phone", ".mud-typography-h4", T("Nav.Audits"), errors);
        await Assertions.Expect(page.Locator("[data-test=filter-unapplied]")).ToContainTextAsync(T("Filter.Channel"));
    }

    private static long Count(string? text) => long.Parse(new string((text ?? "").Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);

    private static int LatestYear(LiveHost host)
    {
        using var c = host.Factory.Store.Open();
        return Dapper.SqlMapper.ExecuteScalar<int?>(c, "SELECT CAST(year(max(received_at)) AS INTEGER) FROM appeal")
            ?? DateTime.Now.Year;
    }
}
