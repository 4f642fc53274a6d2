using Dashboard.Localization;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>The traceability page in a real browser: heading, both tables, the no-data filter, no console errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TracePageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TracePage_RendersBothTables_AndFiltersToCriteriaWithoutData()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/methodology/trace");
        await Pages.WaitInteractive(page);

        Assert.Equal(Ui.Lookup("Trace.Title", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")),
            await page.Locator(".mud-typography-h4").InnerTextAsync());
        var criteria = await page.Locator("tr[data-criterion]").CountAsync();
        Assert.True(criteria > 25, $"{criteria} criteria");
        Assert.True(await page.Locator("tr[data-item]").CountAsync() > 80);
        if (Environment.GetEnvironmentVariable("ANALYTICS_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "methodology-trace.png"), FullPage = false });
        Assert.Empty(errors);
    }
}
