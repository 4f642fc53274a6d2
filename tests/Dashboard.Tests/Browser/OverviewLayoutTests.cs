using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>The executive Overview (D4) at 1440 and 1024 wide over a small demo: tiles do not overlap each other or the lists below.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task Overview_TilesAndListsDoNotOverlap_At1440And1024()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Demo:OnFirstRun"] = "true", ["Demo:Scale"] = "0.01" });
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await Assertions.Expect(page.Locator("[data-indicator]").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        foreach (var width in new[] { 1440, 1024 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.WaitForTimeoutAsync(300);
            var overlaps = await page.EvaluateAsync<string[]>("""
                () => {
                  const boxes = [...document.querySelectorAll('.overview-tile, [data-test=worst-offices], [data-test=overdue-complaints], [data-test=open-action]')]
                    .map(e => [e, e.getBoundingClientRect()]);
                  const out = [];
                  for (const [a, ra] of boxes) for (const [b, rb] of boxes)
                    if (a !== b && !a.contains(b) && !b.contains(a) && ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom)
                      out.push((a.dataset.indicator || a.dataset.test) + ' × ' + (b.dataset.indicator || b.dataset.test));
                  // An open-action button must sit inside its tile.
                  for (const btn of document.querySelectorAll('[data-test=open-action]'))
                    if (!btn.closest('.overview-tile')) out.push('button outside its tile');
                  // Nothing inside a tile (the outcome words, the interval, n) runs past the tile's edge.
                  for (const tile of document.querySelectorAll('.overview-tile')) {
                    const rt = tile.getBoundingClientRect();
                    for (const e of tile.querySelectorAll('*')) {
                      const r = e.getBoundingClientRect();
                      if (r.width > 0 && (r.right > rt.right + 1 || r.left < rt.left - 1))
                        out.push((tile.dataset.indicator || 'tile') + ': ' + (e.textContent || e.tagName).trim().slice(0, 30) + ' sticks out');
                    }
                  }
                  return out;
                }
                """);
            Assert.Empty(overlaps);
            await Screenshots.Save(page, $"overview-{width}");
        }
    }
}
