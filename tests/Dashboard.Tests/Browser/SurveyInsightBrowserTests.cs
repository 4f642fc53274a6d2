using Dashboard.Tests.Surveys;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>The survey insight pages in a real browser at 1440 wide: Russian headings, tables, the drivers quadrant, no errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveyInsightBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Results_and_drivers_render_in_russian_with_the_quadrant()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        InsightSeed.Many(host.Factory.Store);
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/surveys/results?year=2026");
        await Pages.WaitInteractive(page);
        Assert.Equal("Результаты по вопросам", await page.Locator(".mud-typography-h4").InnerTextAsync());
        Assert.True(await page.Locator("[data-table=questions] tbody tr").CountAsync() > 20);
        await Screenshots.Save(page, "survey-results");

        await page.GotoAsync("/surveys/drivers?year=2026");
        await Pages.WaitInteractive(page);
        await page.Locator("[data-test=drivers-chart] .main-svg").First.WaitForAsync();
        Assert.StartsWith("Оцените вежливость", await page.Locator("[data-table=drivers] tbody tr").First.InnerTextAsync());
        await Screenshots.Save(page, "survey-drivers");
        Assert.Empty(errors);
    }
}
