using Analytics.Engine.Forms;
using Dapper;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// F3's accessibility in a real browser: every control of the office questionnaire has an accessible name, and a
/// client who uses only the keyboard can answer and send it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionnaireAccessTests(BrowserFixture browser)
{
    [Fact]
    public async Task Questionnaire_CanBeAnsweredWithKeyboardOnly_AndEveryControlIsLabelled()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        var formId = forms.CreateFromTemplate("client-satisfaction", "office-csat");
        Assert.True(forms.Publish(formId).Published);

        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/q/office-csat?office={SurveySeed.Office}");

        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("form input:not([type=hidden]), form select, form textarea")]
              .filter(el => !el.closest(".sd-honeypot"))
              .filter(el => el.labels.length === 0 && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
              .map(el => el.name || el.id)
            """);
        Assert.Empty(unlabelled);

        // Radio groups: Tab reaches a group, Space chooses the focused option, arrows move the choice.
        await TabTo(page, "a.channel");
        await page.Keyboard.PressAsync("Space");
        await TabTo(page, "a.csat");
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("ArrowRight");
        await TabTo(page, "a.ces");
        await page.Keyboard.PressAsync("Space");
        await TabTo(page, "a.resolved");
        await page.Keyboard.PressAsync("Space");
        await TabTo(page, "a.nps");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await TabTo(page, null);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main.sd-thanks h1")).ToHaveTextAsync("Спасибо!");
        using var c = host.Factory.Store.Open();
        var answers = c.Query<(string Item, double? Number, string? Text)>("""
            SELECT a.item_code, a.value_num, a.value_text FROM answer a JOIN submission s ON s.id = a.submission_id
            WHERE s.definition_id = $formId AND a.item_code IN ('channel', 'csat', 'nps') ORDER BY 1
            """, new { formId }).AsList();
        Assert.Equal([("channel", null, "in_person"), ("csat", 4d, null), ("nps", 1d, null)], answers);
    }

    /// <summary>Presses Tab until the focus is on a control named <paramref name="name"/> (null: the submit button).</summary>
    private static async Task TabTo(IPage page, string? name)
    {
        var test = name is null ? "el => el?.type === 'submit'" : $"el => el?.name === '{name}'";
        for (var i = 0; i < 200; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => ({test})(document.activeElement)")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {name ?? "the submit button"}");
    }
}
