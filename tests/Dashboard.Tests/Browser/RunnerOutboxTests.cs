using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// #16 item 6: an audit the server never received is shown in the runner's queue, signing out asks first, and the
/// queue saved to a file is imported by a specialist twice yet stored once, under the auditor, with the same id.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunnerOutboxTests(BrowserFixture browser)
{
    private const string Password = "auditor-password-9";

    [Fact]
    public async Task QueuedAudit_IsShown_WarnsOnSignOut_AndIsExportedToAFile()
    {
        await using var host = LiveHost.Start();
        SurveySeed.Office_(host.Factory.Store);
        var forms = host.Factory.Service<FormService>();
        var formId = forms.Create(new FormDefinition
        {
            Code = "outbox-visit", Kind = FormKind.Checklist, Title = new("Проверка офиса"),
            Sections = [new FormSection { Code = "hall", Title = new("Зал"),
                Items = [new FormItem { Code = "greeting", Type = QuestionType.YesNoNa, Text = new("Сотрудник поздоровался"), Required = true, Scored = true, Weight = 1 }] }],
        }, "test");
        Assert.True(forms.Publish(formId, "test").Published);
        host.Factory.AddUser("auditor-o", Password, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-o", [SurveySeed.Office]);

        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#userName", "auditor-o");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/checklist");
        await page.Locator($"a[href='checklist/outbox-visit/{SurveySeed.Office}']").ClickAsync();
        await Runner.WaitReady(page);

        // The server never hears of it: the audit stays queued on the tablet.
        await context.RouteAsync("**/api/submissions", route => route.AbortAsync("internetdisconnected"));
        await page.Locator("label[for='q-greeting-no']").ClickAsync();
        await page.Locator("form[data-runner] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-queued]")).ToBeVisibleAsync();
        var queued = page.Locator("[data-outbox-panel] li[data-outbox-item]");
        await Assertions.Expect(queued).ToHaveCountAsync(1);
        await Assertions.Expect(queued).ToContainTextAsync("в очереди с");
        await Screenshots.Save(page, "runner-outbox");

        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.DismissAsync(); };
        await page.EvaluateAsync("() => document.querySelector(\"form[action$='account/logout']\").requestSubmit()");
        await Runner.WaitFor(() => asked is not null, "signing out with a queued audit did not ask");
        Assert.Contains("не отправлено проверок: 1", asked);
        Assert.EndsWith("/checklist/outbox-visit/" + SurveySeed.Office, page.Url);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-outbox-export]").ClickAsync());
        var file = Path.Combine(host.Factory.Directory_, "outbox.json");
        await download.SaveAsAsync(file);
        Assert.Equal(0, Runner.Count(host, formId));

        // The file carries the audit as the runner would post it, same client id (the import is AuditActHostTests).
        var json = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains("\"format\":\"analytics-outbox\"", json);
        Assert.Contains("\"queuedBy\":\"auditor-o\"", json);
    }
}
