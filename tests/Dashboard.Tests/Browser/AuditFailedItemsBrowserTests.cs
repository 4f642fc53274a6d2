using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// D16 over the demo, in a real browser, as admin: the audits page lists every failed item (hundreds, paged), each by
/// its requirement with the code beneath, its reference a link that opens that audit's answers, and an "open action"
/// button (or a link to the action) on every row, the last page included. Screenshots kept for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditFailedItemsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FailedItems_ArePagedLinkedAndActionable_OnTheDemo()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Demo:OnFirstRun"] = "true", ["Demo:Scale"] = "0.01", ["Demo:Classify"] = "false", ["Jobs:Enabled"] = "false",
        });
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await Assertions.Expect(page.Locator("[data-indicator]").First).ToBeVisibleAsync(new() { Timeout = 120_000 });

        await page.GotoAsync("/audits");
        var rows = page.Locator("[data-table=failed-items] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25, new() { Timeout = 60_000 });
        await Assertions.Expect(rows.First.Locator("[data-test=item-code]")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^[a-z0-9_]+$"));
        await Screenshots.Save(page, "16-audits-failed-items");
        await Screenshots.Save(page.Locator("[data-table=failed-items]"), "16-failed-items-card");

        // The last page: its rows have their button too (no cap at 50).
        var first = await rows.First.Locator("a[data-test=failed-ref]").GetAttributeAsync("data-audit-ref");
        await page.Locator("[data-table=failed-items] .mud-table-pagination-actions button").Last.ClickAsync();
        await Assertions.Expect(rows.First.Locator("a[data-test=failed-ref]")).Not.ToHaveAttributeAsync("data-audit-ref", first!);
        var last = rows.Last;
        Assert.Equal(1, await last.Locator("[data-test=open-action], [data-test=show-action]").CountAsync());
        await Screenshots.Save(page.Locator("[data-table=failed-items]"), "16-failed-items-last-page");

        // The reference opens that audit's answers on the records page.
        var reference = last.Locator("a[data-test=failed-ref]");
        var submission = (await reference.GetAttributeAsync("data-audit-ref"))!.Split('/')[0];
        Assert.StartsWith("/records/answers?", await reference.GetAttributeAsync("href"));
        await reference.ClickAsync();
        await page.WaitForURLAsync("**/records/answers?**");
        await Assertions.Expect(page.Locator("[data-table=answers] tbody tr").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Contains("submission=" + Uri.EscapeDataString(submission), page.Url);
        await Screenshots.Save(page, "16-audit-answers");
    }
}
