using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>Steps shared by browser tests.</summary>
internal static class Pages
{
    public static async Task SignIn(IPage page, string user, string password)
    {
        await page.GotoAsync("/");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await WaitInteractive(page);
    }

    /// <summary>Waits until the Blazor circuit has attached, so inputs reach the server.</summary>
    /// <remarks>
    /// Generous: a page of 800 office rows prerendered and then rendered again by the circuit took over 30 s on a
    /// two-core CI machine while the other test projects ran beside it (the walk failed there, never on a quiet one).
    /// </remarks>
    public static Task WaitInteractive(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
}
