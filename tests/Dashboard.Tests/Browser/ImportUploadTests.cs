using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>A Designer uploads a file in the browser and sees the same summary the CLI prints.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportUploadTests(BrowserFixture browser)
{
    [Fact]
    public async Task Upload_ShowsSummary_WithReadStoredDuplicatesRejected()
    {
        await using var host = LiveHost.Start();
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await page.GotoAsync("/imports");
        await Pages.WaitInteractive(page);

        // The kind list opens on "org"; the sample organisation has four units.
        await page.SetInputFilesAsync("input[data-test=file]", Support.Samples.Path("org.csv"));

        // Nothing starts before the user confirms the file, its kind and size.
        var confirm = page.Locator("[data-test=import-confirm]");
        await Assertions.Expect(confirm).ToContainTextAsync("Загрузить «org.csv» как «Оргструктура»"); // the kind by its Russian name, never «org»
        await Assertions.Expect(confirm).ToContainTextAsync("КБ)?");
        await Screenshots.Save(page, "imports-confirm", fullPage: false);
        Assert.Equal(0L, Count(host, "SELECT count(*) FROM org_unit"));
        await page.Locator("[data-test=import-start]").ClickAsync();

        var summary = page.Locator("[data-test=import-summary]");
        try
        {
            await Assertions.Expect(summary).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            // Say what the page showed instead (an error, a stuck progress bar), not only what was missing.
            Assert.Fail(await page.Locator("main, .mud-main-content").First.InnerTextAsync());
        }
        await Assertions.Expect(summary).ToContainTextAsync("org.csv");
        await Assertions.Expect(page.Locator("[data-test=read]")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("[data-test=stored]")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("[data-test=rejected]")).ToHaveTextAsync("0");
    }

    private static long Count(LiveHost host, string sql)
    {
        using var c = host.Factory.Store.Open();
        return Dapper.SqlMapper.ExecuteScalar<long>(c, sql);
    }

    [Fact]
    public async Task Upload_RefusesWrongFileType_BeforeSendingIt()
    {
        await using var host = LiveHost.Start();
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);
        await page.GotoAsync("/imports");
        await Pages.WaitInteractive(page);

        var file = Path.Combine(host.Factory.Directory_, "tool.exe");
        await File.WriteAllBytesAsync(file, [0x4d, 0x5a], TestContext.Current.CancellationToken);
        await page.SetInputFilesAsync("input[data-test=file]", file);

        await Assertions.Expect(page.Locator("[data-test=import-error]")).ToContainTextAsync("tool.exe");
    }
}
