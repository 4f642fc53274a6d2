using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// Issue 6's "done when", by mouse and keyboard: a quality specialist builds a checklist from a template in the
/// designer (edits a text, adds a question with show-if logic, weight and criterion, fixes what the validator
/// reports) and publishes it; an auditor runs it offline on a tablet; a client answers the office questionnaire
/// on a phone; both submissions are in the store.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DoneWhenSurveyTests(BrowserFixture browser)
{
    private const string SpecialistPassword = "specialist-password-1";
    private const string AuditorPassword = "auditor-password-1";
    private const string Code = "stands-2026";

    [Fact]
    public async Task SpecialistPublishes_AuditorRunsOffline_ClientAnswers_BothStored()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        host.Factory.AddUser("quality", SpecialistPassword, new UserRole(Roles.Designer, null));
        host.Factory.AddUser("auditor-d", AuditorPassword, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-d", [SurveySeed.Office]);
        var questionnaireId = forms.CreateFromTemplate("client-satisfaction", "office-csat");
        Assert.True(forms.Publish(questionnaireId).Published);

        var checklistId = await BuildAndPublish(host);
        var version = forms.Forms.Version(checklistId)!;
        var added = version.Definition.AllItems().Single(i => i.Code == "qr_code");
        Assert.Equal("На стенде размещён QR-код анкеты", added.Text.Ru);
        Assert.Equal(new Condition("contact_centre", LogicOperator.Equals, "yes"), Assert.Single(added.ShowIf!.Conditions));
        Assert.Equal((3d, "inf.stands"), (added.Weight, added.CriterionId));
        Assert.Equal("Сведения о компании, новости и контакты", version.Definition.AllItems().First().Text.Ru);

        await RunOffline(host, checklistId);
        await AnswerOnPhone(host);

        using var c = host.Factory.Store.Open();
        var stored = c.Query<(string Form, string Source, string Office)>(
            "SELECT definition_id, source, office_code FROM submission ORDER BY source").AsList();
        Assert.Equal([(checklistId, "checklist", SurveySeed.Office), (questionnaireId, "online", SurveySeed.Office)], stored);
        Assert.Equal(1d, c.ExecuteScalar<double>(
            "SELECT value_num FROM answer a JOIN submission s ON s.id = a.submission_id WHERE s.definition_id = $checklistId AND a.item_code = 'qr_code'",
            new { checklistId }));
    }

    private async Task<string> BuildAndPublish(LiveHost host)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "ru-RU" });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "quality", SpecialistPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Анкеты и чек-листы" }).ClickAsync();
        await page.WaitForURLAsync("**/designer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Создать" }).ClickAsync();
        await page.WaitForURLAsync("**/designer/new");

        await page.GetByLabel("Код (латиница").FillAsync(Code);
        await page.Keyboard.PressAsync("Tab");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Информационные стенды" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать черновик" }).ClickAsync();
        await page.WaitForURLAsync("**/designer/*");
        await Pages.WaitInteractive(page);
        var section = page.Locator("[data-testid=section-panel]").First;

        // Edit a text of the template.
        var first = section.Locator("[data-testid=item-editor]").First;
        await first.GetByLabel("Текст вопроса (рус.)").FillAsync("Сведения о компании, новости и контакты");
        await page.Keyboard.PressAsync("Tab");

        // Add a question; its code by mistake repeats an existing one.
        await section.Locator("[data-testid=add-item]").ClickAsync();
        await Assertions.Expect(section.Locator("[data-testid=item-editor]")).ToHaveCountAsync(8);
        var added = section.Locator("[data-testid=item-editor]").Nth(7);
        await added.GetByLabel("Код").FillAsync("contact_centre");
        await page.Keyboard.PressAsync("Tab");
        await added.GetByLabel("Текст вопроса (рус.)").FillAsync("На стенде размещён QR-код анкеты");
        await page.Keyboard.PressAsync("Tab");
        await added.GetByLabel("Вес").FillAsync("3");
        await page.Keyboard.PressAsync("Tab");
        await added.GetByLabel("Критерий методики").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "inf.stands — Информационные стенды: полнота и актуальность" }).ClickAsync();

        // Show it only when the contact-centre number is on the stand: question, operator, value.
        await added.Locator("[data-testid=add-condition]").ClickAsync();
        var condition = added.Locator("[data-testid=condition]");
        // D19: MudBlazor lists like the rest of the designer, no native select.
        await Assertions.Expect(condition.Locator("select")).ToHaveCountAsync(0);
        await condition.GetByLabel("Вопрос").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "contact_centre —" }).ClickAsync();
        await condition.GetByLabel("Оператор").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "равно", Exact = true }).ClickAsync();
        await condition.GetByLabel("Значение").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Да", Exact = true }).ClickAsync();
        await Assertions.Expect(condition.Locator(".sd-logic-value input")).ToHaveValueAsync("Да");
        await Screenshots.Save(added, "d19-condition-builder");

        // Publishing refuses the repeated code and says where; the specialist goes there and fixes it.
        await page.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=issues]")).ToContainTextAsync("код вопроса «contact_centre» повторяется 2 раза");
        await Assertions.Expect(page.GetByText("Публикация невозможна")).ToBeVisibleAsync();
        await page.Locator("[data-testid=go-to-issue]").First.ClickAsync();
        var focused = page.Locator("input:focus");
        await Assertions.Expect(focused).ToHaveValueAsync("contact_centre");
        await added.GetByLabel("Код").FillAsync("qr_code");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=issues]")).ToHaveCountAsync(0);

        await page.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-alert-message").Filter(new() { HasText = "Опубликована версия 1." })).ToBeVisibleAsync();
        return host.Factory.Service<FormService>().Forms.Find(Code)!.Id;
    }

    private async Task RunOffline(LiveHost host, string formId)
    {
        await using var context = await browser.NewContextAsync(OfflineStartTests.Tablet(host));
        var page = await context.NewPageAsync();
        await OfflineStartTests.SignInAsAuditor(page, "auditor-d", AuditorPassword);
        await OfflineStartTests.KeptForOffline(page);
        await context.SetOfflineAsync(true);
        await page.GotoAsync($"/checklist/{Code}/{SurveySeed.Office}");
        await Runner.WaitReady(page);

        var question = page.Locator("#item-qr_code");
        await Assertions.Expect(question).ToBeHiddenAsync();
        await page.Locator("label[for='q-contact_centre-yes']").TapAsync();
        await Assertions.Expect(question).ToBeVisibleAsync();
        foreach (var item in new[] { "about_company", "internet_reception", "be_vigilant", "management" })
            await page.Locator($"label[for='q-{item}-yes']").TapAsync();
        await page.Locator("label[for='q-qr_code-yes']").TapAsync();
        foreach (var item in new[] { "ind_contract", "ind_benefits", "ind_tariffs", "ind_appeals", "ind_payment", "ind_readings", "ind_nonpayment",
                     "leg_contract", "leg_metering", "leg_readings", "paid_services", "faq", "meters" })
            await page.Locator($"label[for='q-{item}-yes']").TapAsync();
        await page.Locator("form[data-runner] button[type=submit]").TapAsync();
        await Assertions.Expect(page.Locator("[data-queued]")).ToContainTextAsync("сохранена на планшете");
        Assert.Equal(0, Runner.Count(host, formId));

        await context.SetOfflineAsync(false);
        await Runner.WaitFor(() => Runner.Count(host, formId) == 1);
    }

    private async Task AnswerOnPhone(LiveHost host)
    {
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/q/office-csat?office={SurveySeed.Office}");
        foreach (var choice in new[] { "channel-in_person", "csat-5", "ces-2", "resolved-yes", "nps-10" })
            await page.Locator($"label[for='q-{choice}']").TapAsync();
        await page.Locator("button.sd-submit").TapAsync();
        await Assertions.Expect(page.Locator("main.sd-thanks h1")).ToHaveTextAsync("Спасибо!");
    }
}
