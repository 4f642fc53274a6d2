using Dapper;
using Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// D1 on a tablet: an auditor created with a ФИО and assigned an office as /designer/auditors does sees the office,
/// runs the checklist and sends it; the audit is filed under the login.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditorWithFullNameTests(BrowserFixture browser)
{
    [Fact]
    public async Task AuditorWithFullName_RunsAndSendsChecklist_OnTablet()
    {
        await using var host = LiveHost.Start();
        AuditorSeed.Seed(host.Factory);

        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, ViewportSize = new() { Width = 1024, Height = 768 }, HasTouch = true, Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fchecklist");
        await page.FillAsync("#userName", AuditorSeed.Login);
        await page.FillAsync("#password", AuditorSeed.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/checklist");

        await Assertions.Expect(page.Locator("main[data-auditor]")).ToHaveAttributeAsync("data-auditor", AuditorSeed.Login);
        var office = page.Locator($"a[href='checklist/{AuditorSeed.Checklist}/{AuditorSeed.Office}']");
        await Assertions.Expect(office).ToHaveTextAsync("Невский — SPB-03");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "d1-auditor-home-1024.png") });
        await office.TapAsync();
        await Assertions.Expect(page.Locator("form[data-runner]")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-progress]')?.getAttribute('aria-valuenow') === '0'");

        await page.Locator("label[for='q-greeting-yes']").TapAsync();
        await Assertions.Expect(page.Locator("[data-progress]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await page.Locator("form[data-runner] button[type=submit]").TapAsync();

        string? auditor = null;
        for (var i = 0; i < 100 && auditor is null; i++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            using var c = host.Factory.Store.Open();
            auditor = c.ExecuteScalar<string?>("SELECT auditor FROM submission WHERE source = 'checklist'");
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "d1-auditor-sent-1024.png") });
        Assert.Equal(AuditorSeed.Login, auditor);
    }
}
