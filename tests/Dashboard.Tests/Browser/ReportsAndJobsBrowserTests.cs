using Dapper;
using Dashboard.Jobs;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>D21 and D22 in a real browser: the generated-reports list with its preview, and Hangfire's times in Moscow time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsAndJobsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Reports_ListsGeneratedReports_AndPreviewsOneInThePage()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        using (var c = host.Factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES
                    ('C', 'company', NULL, 'ПАО «Энергосбыт»'), ('B01', 'branch', 'C', 'Архангельский филиал'),
                    ('O01', 'office', 'B01', 'Центральный клиентский офис');
                """);
        await host.Factory.Service<MonthlyReportJob>().Run(2025, 12, TestContext.Current.CancellationToken);
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/reports");
        await Pages.WaitInteractive(page);
        var rows = page.Locator("[data-test=generated-reports] tr[data-generated]");
        Assert.Equal(6, await rows.CountAsync());
        Assert.Contains("Декларация соответствия за 2025 год", await rows.First.InnerTextAsync());
        await rows.Locator("button").First.ClickAsync();
        var frame = page.Locator("[data-test=report-preview-frame]");
        await frame.WaitForAsync();

        Assert.StartsWith("/api/reports/files/2025/declaration-2025-company.pdf", await frame.GetAttributeAsync("src"));
        await Screenshots.Save(page, "reports-generated-preview");
    }

    [Fact]
    public async Task Jobs_TellsTimeInMoscow_WhateverTheBrowsersZone()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        // A browser in Vladivostok (UTC+10): without the zone script Hangfire would draw 10:00 for 00:00 UTC.
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, TimezoneId = "Asia/Vladivostok", Locale = "ru-RU", ViewportSize = new() { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/jobs/recurring");
        await page.WaitForFunctionAsync("() => window.analyticsZone !== undefined");

        Assert.Equal("Europe/Moscow", await page.EvaluateAsync<string>("() => window.analyticsZone"));
        // Hangfire's moment has no Russian: its relative times read Russian like the rest of the page.
        Assert.Equal("ru", await page.EvaluateAsync<string>("() => moment.locale()"));
        Assert.Equal("через 5 минут", await page.EvaluateAsync<string>("() => moment().add(5, 'minutes').add(5, 'seconds').fromNow()"));
        var next = await page.Locator("[data-moment]").First.InnerTextAsync();
        Assert.Matches("^(через|\\d|несколько|.* назад)", next);
        // 01.12.2025 00:00 UTC is 03:00 in Moscow; 01.07.2025 00:00 UTC is 03:00 too (no daylight saving since 2014).
        Assert.Equal("01.12.2025 03:00", await page.EvaluateAsync<string>("() => moment(1764547200, 'X').format('DD.MM.YYYY HH:mm')"));
        Assert.Equal("01.07.2025 03:00", await page.EvaluateAsync<string>("() => moment(1751328000, 'X').format('DD.MM.YYYY HH:mm')"));
        await Screenshots.Save(page, "jobs-recurring-moscow");
    }
}
