using System.Text.RegularExpressions;
using Dashboard.Imports;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>A Designer uploads a file in the browser and sees the same summary the CLI prints.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportUploadTests(BrowserFixture browser)
{
    [Fact]
    public async Task Upload_ShowsSummary_WithReadStoredDuplicatesRejected()
    {
        Assert.SkipUnless(ImportRunner.Available, "The import service is not in this build yet.");
        await using var host = LiveHost.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await page.GotoAsync("/imports");
        await Pages.WaitInteractive(page);

        var file = Path.Combine(host.Factory.Directory_, "sample.csv");
        await File.WriteAllTextAsync(file, "register_no;office_code\nA-1;OFF-1\n", TestContext.Current.CancellationToken);
        await page.SetInputFilesAsync("input[data-test=file]", file);

        var summary = page.Locator("[data-test=import-summary]");
        await Assertions.Expect(summary).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(summary).ToContainTextAsync("sample.csv");
        await Assertions.Expect(page.Locator("[data-test=read]")).ToHaveTextAsync(new Regex(@"^\d+$"));
    }

    [Fact]
    public async Task Upload_RefusesWrongFileType_BeforeSendingIt()
    {
        Assert.SkipUnless(ImportRunner.Available, "The import service is not in this build yet.");
        await using var host = LiveHost.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await page.GotoAsync("/imports");
        await Pages.WaitInteractive(page);

        var file = Path.Combine(host.Factory.Directory_, "tool.exe");
        await File.WriteAllBytesAsync(file, [0x4d, 0x5a], TestContext.Current.CancellationToken);
        await page.SetInputFilesAsync("input[data-test=file]", file);

        await Assertions.Expect(page.Locator("[data-test=import-error]")).ToContainTextAsync("tool.exe");
    }

    [Fact]
    public async Task ImportsPage_SaysImportsAreUnavailable_WhenBuildHasNoImporter()
    {
        Assert.SkipWhen(ImportRunner.Available, "This build has the import service.");
        await using var host = LiveHost.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/imports");

        await Assertions.Expect(page.Locator("[data-test=imports-unavailable]")).ToBeVisibleAsync();
    }
}
