using Analytics.Engine.Forms;
using Dapper;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// #17.6 save and resume on a phone: half a questionnaire answered, the page reloaded, the answers are back with the
/// notice; the server holds them as a partial (not a submission); submitting clears the browser copy and the partial.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SaveAndResumeTests(BrowserFixture browser)
{
    private const string Office = "RES-01";

    [Fact]
    public async Task HalfAnswered_Reload_RestoresWithNotice_Submit_ClearsBrowserAndServer()
    {
        await using var host = LiveHost.Start();
        using (var c = host.Factory.Store.Open())
            c.Execute($"INSERT INTO org_unit (code, level, name) VALUES ('{Office}', 'office', 'Офис для проверки')");
        var forms = host.Factory.Service<FormService>();
        Assert.True(forms.Publish(forms.CreateFromTemplate("client-satisfaction", "resume-csat")).Published);

        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/q/resume-csat?office={Office}");
        await Assertions.Expect(page.Locator("#resume-notice")).ToBeHiddenAsync();

        await page.Locator("label[for='q-channel-phone']").TapAsync();
        await page.Locator("label[for='q-csat-4']").TapAsync();
        await page.Locator("label[for='q-ces-6']").TapAsync();
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#resume-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#resume-notice")).ToContainTextAsync("Ваши ответы сохранены — можно продолжить");
        await Assertions.Expect(page.Locator("#resume-restart")).ToHaveTextAsync("Начать заново");
        await Assertions.Expect(page.Locator("#q-channel-phone")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#q-csat-4")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#q-ces-6")).ToBeCheckedAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("Object.keys(localStorage).filter(k => k.startsWith('sd-resume:resume-csat:')).length"));
        // Leaving the page sent the answers so far: a partial, never a submission.
        var partial = await Eventually(() => Partial(host));
        Assert.Equal((3, "ces"), (partial!.Value.Answered, partial.Value.LastItem));
        Assert.Equal(0, Count(host, "SELECT count(*) FROM submission"));

        // Another link of the same form (another office) does not get these answers.
        var other = await context.NewPageAsync();
        await other.GotoAsync("/q/resume-csat");
        await Assertions.Expect(other.Locator("#q-csat-4")).Not.ToBeCheckedAsync();
        await Assertions.Expect(other.Locator("#resume-notice")).ToBeHiddenAsync();
        await other.CloseAsync();

        await page.Locator("label[for='q-resolved-yes']").TapAsync();
        await page.Locator("label[for='q-nps-9']").TapAsync();
        await page.Locator("button.sd-submit").TapAsync();
        await Assertions.Expect(page.Locator("main.sd-thanks h1")).ToHaveTextAsync("Спасибо!");

        // The thanks page's module script clears the browser copy (it runs after the heading is shown).
        await page.WaitForFunctionAsync("() => !Object.keys(localStorage).some(k => k.startsWith('sd-resume:'))", null, new() { Timeout = 5000 });
        Assert.Equal(0, Count(host, "SELECT count(*) FROM survey_partial"));
        Assert.Equal(1, Count(host, "SELECT count(*) FROM submission"));
        await page.GotoAsync($"/q/resume-csat?office={Office}");
        await Assertions.Expect(page.Locator("#resume-notice")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#q-csat-4")).Not.ToBeCheckedAsync();
    }

    private static (int Answered, string? LastItem)? Partial(LiveHost host)
    {
        using var c = host.Factory.Store.Open();
        return c.QuerySingleOrDefault<(int, string?)?>("SELECT answered, last_item FROM survey_partial");
    }

    private static long Count(LiveHost host, string sql)
    {
        using var c = host.Factory.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    private static async Task<T?> Eventually<T>(Func<T?> read)
    {
        for (var i = 0; i < 50; i++)
        {
            if (read() is { } found) return found;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        return default;
    }
}
