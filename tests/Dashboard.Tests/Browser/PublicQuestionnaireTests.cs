using Analytics.Engine.Forms;
using Dapper;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The client-facing shell of /q/{code} (D10): brand and office in the header, nothing internal, and the NPS and
/// CES scales compact on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicQuestionnaireTests(BrowserFixture browser)
{
    private const string Logo = "/_content/SurveyDesigner/brand-example.svg";

    [Fact]
    public async Task Questionnaire_ShowsBrandAndOffice_AndScalesInOneRow_OnPhoneAndDesktop()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Questionnaires:CompanyName"] = "АО «Энергосбыт»", ["Questionnaires:LogoPath"] = Logo,
        });
        Seed(host);

        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/q/office-csat?office=ARH-01");

        await Assertions.Expect(page.Locator("[data-test=brand]")).ToContainTextAsync("АО «Энергосбыт»");
        await Assertions.Expect(page.Locator("[data-test=office]")).ToHaveTextAsync("Центральный клиентский офис, Архангельск");
        Assert.Equal(Logo, await page.Locator(".sd-brand-logo").GetAttributeAsync("src"));
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Аналитика", text);
        Assert.Equal(0, await page.Locator("nav, .mud-appbar, .mud-drawer, [aria-label='Меню']").CountAsync());

        Assert.Equal(1, await Rows(page, "nps"));
        Assert.Equal(1, await Rows(page, "ces"));
        await NoShrunkRadios(page);
        await Screenshots.Save(page, "questionnaire-390x844");

        await page.SetViewportSizeAsync(360, 740);
        Assert.Equal(1, await Rows(page, "nps"));
        await page.SetViewportSizeAsync(340, 740);
        Assert.Equal(2, await Rows(page, "nps"));
        Assert.Equal(6, await page.Locator("#item-nps .sd-scale-point").EvaluateAllAsync<int>(
            "els => els.filter(e => e.getBoundingClientRect().top === els[0].getBoundingClientRect().top).length"));

        await page.SetViewportSizeAsync(1440, 900);
        Assert.Equal(1, await Rows(page, "nps"));
        await Screenshots.Save(page, "questionnaire-1440x900");
    }

    private static void Seed(LiveHost host)
    {
        using (var c = host.Factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, region, address) VALUES
                    ('C', 'company', NULL, 'ПАО «Из структуры»', NULL, NULL),
                    ('ARH', 'branch', 'C', 'Архангельский филиал', 'Архангельская область', NULL),
                    ('ARH-01', 'office', 'ARH', 'Центральный клиентский офис', 'Архангельская область', 'г. Архангельск, ул. Ленина, 1')
                """);
        var forms = host.Factory.Service<FormService>();
        var id = forms.CreateFromTemplate("client-satisfaction", "office-csat");
        Assert.True(forms.Publish(id).Published);
    }

    /// <summary>How many rows the options of one scale question take (distinct top offsets).</summary>
    private static Task<int> Rows(IPage page, string item) => page.Locator($"#item-{item} .sd-scale-point").EvaluateAllAsync<int>(
        "els => new Set(els.map(e => Math.round(e.getBoundingClientRect().top))).size");

    private static async Task NoShrunkRadios(IPage page)
    {
        var sizes = await page.Locator(".sd-choice input[type=radio]").EvaluateAllAsync<int[]>(
            "els => els.filter(e => e.offsetParent !== null).map(e => Math.round(e.getBoundingClientRect().width))");
        Assert.NotEmpty(sizes);
        Assert.All(sizes, w => Assert.Equal(24, w));
    }
}
