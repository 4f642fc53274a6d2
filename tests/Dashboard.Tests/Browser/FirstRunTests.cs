using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>The newcomer's path: first-run admin, language switch, an Executive who sees the home page in Russian.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstRunTests(BrowserFixture browser)
{
    private const string ExecutivePassword = "executive-password-1";

    [Fact]
    public async Task FirstRun_AdminCreatesExecutive_WhoSeesHomeInRussian()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Admin:InitialPassword"] = "" });
        var adminPassword = Regex.Match(host.Factory.Console.ToString(), @"password: (\S+)").Groups[1].Value;
        Assert.NotEmpty(adminPassword);

        await using (var admin = await browser.NewContextAsync(new() { BaseURL = host.Address }))
        {
            var page = await admin.NewPageAsync();
            await Pages.SignIn(page, "admin", adminPassword);
            await Assertions.Expect(page.Locator(".mud-typography-h5").First).ToContainTextAsync("Показатели качества обслуживания");

            await page.Locator("[data-culture='en-GB']").First.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-typography-h5").First).ToContainTextAsync("Service quality indicators");

            await page.GotoAsync("/admin/users");
            await Pages.WaitInteractive(page);
            await page.FillAsync("input[data-test=new-username]", "director");
            await page.FillAsync("input[data-test=new-displayname]", "Director");
            await page.FillAsync("input[data-test=new-password]", ExecutivePassword);
            await page.Locator("input[data-test=new-password]").BlurAsync();
            await page.CheckAsync("input[data-role=Executive]");
            await page.ClickAsync("[data-test=save]");
            await Assertions.Expect(page.Locator("tr[data-user=director]")).ToContainTextAsync("Executive");
        }

        await using var executive = await browser.NewContextAsync(new() { BaseURL = host.Address });
        var execPage = await executive.NewPageAsync();
        await Pages.SignIn(execPage, "director", ExecutivePassword);
        await Assertions.Expect(execPage.Locator(".mud-typography-h5").First).ToContainTextAsync("Показатели качества обслуживания");
        await Assertions.Expect(execPage.Locator("[data-test=current-user]")).ToHaveTextAsync("Director");
        Assert.Equal(0, await execPage.Locator("a[href='/admin/users']").CountAsync());
    }

    [Fact]
    public async Task SignIn_ShowsError_AndStaysOnSignIn_WhenPasswordIsWrong()
    {
        await using var host = LiveHost.Start();
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[data-test=login-error]")).ToBeVisibleAsync();
        Assert.Contains("/account/login", page.Url);
    }
}
