using Analytics.Engine.Forms;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The runner's finish on a 1024 px tablet (D12): the auditor lands on /checklist, the drawer is closed, the header
/// never covers a question, the stopwatch pre-answers its norm, no N/A on the date or remarks, and sending ends
/// on a confirmation with the score and the points not met.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunnerFinishTests(BrowserFixture browser)
{
    private const string Password = "auditor-password-1";

    [Fact]
    public async Task Runner_ShowsScoreAndFailedItems_AfterSending_OnTablet()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        var formId = Publish(forms);
        host.Factory.AddUser("auditor-f", Password, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-f", [SurveySeed.Office]);

        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, ViewportSize = new() { Width = 1024, Height = 768 }, HasTouch = true, Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#userName", "auditor-f");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/checklist");

        await page.Locator($"a[href='checklist/timed-visit/{SurveySeed.Office}']").TapAsync();
        // Ready when the runner module has pre-filled the audit date (1 of 5 visible points answered).
        await page.WaitForFunctionAsync("() => document.querySelector('[data-progress]')?.getAttribute('aria-valuenow') === '20'");
        Assert.Equal(0, await page.Locator(".mud-drawer--open").CountAsync());
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$", await page.InputValueAsync("input[name='a.visit_date']"));
        Assert.Equal(0, await page.Locator("input[name='na.visit_date'], input[name='na.comment']").CountAsync());
        Assert.Equal(1, await page.Locator("input[name='na.wait_seconds']").CountAsync());

        // The stopwatch measures a second or so: the 20-minute norm is pre-answered "yes"; typed 25 minutes, "no".
        await page.Locator("#item-wait_seconds [data-stopwatch=start]").TapAsync();
        await page.Locator("#item-wait_seconds [data-stopwatch=stop]").TapAsync();
        await Assertions.Expect(page.Locator("#q-wait_norm-yes")).ToBeCheckedAsync();
        await page.FillAsync("input[name='a.wait_seconds']", "1500");
        await page.Locator("input[name='a.wait_seconds']").BlurAsync();
        await Assertions.Expect(page.Locator("#q-wait_norm-no")).ToBeCheckedAsync();
        await page.FillAsync("input[name='a.wait_seconds']", "600");
        await page.Locator("input[name='a.wait_seconds']").BlurAsync();
        await Assertions.Expect(page.Locator("#q-wait_norm-yes")).ToBeCheckedAsync();

        // Jumping to a question leaves it below the sticky header, which itself sits below the app bar.
        await page.EvaluateAsync("() => document.querySelector('#item-greeting').scrollIntoView()");
        var edges = await page.EvaluateAsync<double[]>("""
            () => [document.querySelector('#q-greeting-label').getBoundingClientRect().top,
                   document.querySelector('.sd-runner-header').getBoundingClientRect().bottom,
                   document.querySelector('.sd-runner-header h1').getBoundingClientRect().top,
                   document.querySelector('.mud-appbar').getBoundingClientRect().bottom]
            """);
        var (legendTop, headerBottom, titleTop, barBottom) = (edges[0], edges[1], edges[2], edges[3]);
        Assert.True(legendTop >= headerBottom, $"question at {legendTop} under the header ending at {headerBottom}");
        Assert.True(titleTop >= barBottom, $"title at {titleTop} under the app bar ending at {barBottom}");
        await Screenshots.Save(page, "runner-1024-scrolled", fullPage: false);

        await page.Locator("label[for='q-greeting-no']").TapAsync();
        await page.Locator("form[data-runner] button[type=submit]").TapAsync();
        var done = page.Locator("[data-sent]");
        await Assertions.Expect(done).ToContainTextAsync("Проверка отправлена");
        await Assertions.Expect(done.Locator("[data-score]")).ToHaveTextAsync("50,0 %");
        await Assertions.Expect(done.Locator("[data-failed] li")).ToHaveTextAsync(["Сотрудник поздоровался"]);
        Assert.Equal(1, Runner.Count(host, formId));
        await Screenshots.Save(page, "runner-1024-confirmation");
    }

    private static string Publish(FormService forms)
    {
        var id = forms.Create(new FormDefinition
        {
            Code = "timed-visit", Kind = FormKind.Checklist, Title = new("Посещение офиса обслуживания («тайный клиент») — проверка ожидания"),
            Sections =
            [
                new FormSection
                {
                    Code = "visit", Title = new("Визит"),
                    Items =
                    [
                        new FormItem { Code = "visit_date", Type = QuestionType.DateTime, Text = new("Дата и время проверки"), Required = true, Unit = "now" },
                        new FormItem { Code = "wait_seconds", Type = QuestionType.Duration, Text = new("Время ожидания (секундомер)"), Min = 0, Max = 14400, Unit = "с" },
                        new FormItem { Code = "wait_norm", Type = QuestionType.YesNoNa, Text = new("Ожидание не превысило 20 минут"), Required = true, Scored = true,
                                       TimedBy = new(["wait_seconds"], 1200) },
                        new FormItem { Code = "greeting", Type = QuestionType.YesNoNa, Text = new("Сотрудник поздоровался"), Required = true, Scored = true },
                        new FormItem { Code = "comment", Type = QuestionType.LongText, Text = new("Замечания") },
                    ],
                },
            ],
        }, "test");
        var outcome = forms.Publish(id, "test");
        Assert.True(outcome.Published, string.Join("; ", outcome.Issues));
        return id;
    }
}
