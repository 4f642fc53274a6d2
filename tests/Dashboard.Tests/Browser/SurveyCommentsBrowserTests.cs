using Dashboard.Tests.Surveys;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The comment feed in a real browser at 1440 wide, as an executive (phones masked): Russian headings, labels and
/// dates, the pager, the sentiment filter through the address, no script errors; a screenshot to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveyCommentsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Comments_render_in_russian_with_masked_phones_and_a_pager()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CommentSeed.Three(host.Factory.Store, extra: 27);
        host.Factory.AddUser("boss", "a-long-password-1", new UserRole(Roles.Executive, null));
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await Pages.SignIn(page, "boss", "a-long-password-1");

        await page.GotoAsync("/surveys/comments?year=2026&page=2");
        await Pages.WaitInteractive(page);

        Assert.Equal("Комментарии клиентов", await page.Locator(".mud-typography-h4").InnerTextAsync());
        Assert.Equal(5, await page.Locator("[data-table=comments] tbody tr").CountAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Начисления и оплата", text);
        Assert.Contains("Негативный", text);
        Assert.Contains("02.03.2026 12:00", text);
        Assert.DoesNotContain("222-33-44", text);
        Assert.True(await page.Locator("[data-test=feed-pager]").IsVisibleAsync());
        await Screenshots.Save(page, "survey-comments");

        await page.GotoAsync("/surveys/comments?year=2026&sentiment=positive");
        await Pages.WaitInteractive(page);
        Assert.Contains("Найдено комментариев: 28", await page.Locator("[data-test=feed-found]").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Topics_render_the_injected_spike_in_russian()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CommentSeed.Spike(host.Factory.Store);
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/surveys/topics?asof=2026-03-18");
        await Pages.WaitInteractive(page);

        Assert.Equal("Новые темы в комментариях", await page.Locator(".mud-typography-h4").InnerTextAsync());
        Assert.Contains("Отключения и качество электроэнергии", await page.Locator("[data-window=week] tbody").InnerTextAsync());
        Assert.Contains("недостаточно ответов", await page.Locator("[data-window=month]").InnerTextAsync());
        await Screenshots.Save(page, "survey-topics");
        Assert.Empty(errors);
    }
}
