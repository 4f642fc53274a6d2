using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>Full-page screenshots under the test output (<c>bin/…/screenshots/</c>), for a person to look at.</summary>
internal static class Screenshots
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> Save(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>One element only — a card far down a long page, readable at its own size.</summary>
    public static async Task<string> Save(ILocator element, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await element.ScreenshotAsync(new() { Path = path });
        return path;
    }
}
