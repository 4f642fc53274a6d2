using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// F4's cold offline start: after one online visit the runner's service worker keeps the runner, its scripts and
/// the assigned checklists, so a tablet opened with no connection still runs an audit, and the queued audit
/// reaches the store exactly once when the connection returns.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineStartTests(BrowserFixture browser)
{
    private const string Password = "auditor-password-1";

    [Fact]
    public async Task Runner_OpensAndQueuesOnce_WhenTabletStartsWithoutConnection()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        var formId = SurveySeed.PublishChecklist(forms);
        host.Factory.AddUser("auditor-o", Password, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-o", [SurveySeed.Office]);
        var photo = Path.Combine(host.Factory.Directory_, "stand.png");
        await File.WriteAllBytesAsync(photo, SurveySeed.Png(), TestContext.Current.CancellationToken);

        await using var context = await browser.NewContextAsync(Tablet(host));
        var online = await context.NewPageAsync();
        await SignInAsAuditor(online, "auditor-o");
        await KeptForOffline(online);

        await context.SetOfflineAsync(true);
        await online.CloseAsync();
        // A restarted browser drops session cookies: the kept page's antiforgery token no longer matches a cookie.
        await context.ClearCookiesAsync(new() { Name = "analytics.af" });
        var page = await context.NewPageAsync();
        var runnerUrl = $"/checklist/{SurveySeed.Checklist}/{SurveySeed.Office}";
        var response = await page.GotoAsync(runnerUrl);
        Assert.True(response!.FromServiceWorker, "the offline runner page must come from the service worker");
        Assert.False(await page.EvaluateAsync<bool>("() => navigator.onLine"));
        await Runner.WaitReady(page);
        await page.Locator("label[for='q-greeting-yes']").TapAsync();
        await page.FillAsync("input[name='a.wait']", "4");
        await page.Locator("input[name='a.wait']").BlurAsync();
        await page.SetInputFilesAsync("input[data-evidence-for=stand]", photo);
        await Assertions.Expect(page.Locator("[data-progress]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await page.Locator("form[data-runner] button[type=submit]").TapAsync();
        await Assertions.Expect(page.Locator("[data-queued]")).ToContainTextAsync("сохранена на планшете");
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(0, Runner.Count(host, formId));

        // The connection returns: the page's "online" handler sends the queue; more visits must not resend it.
        await context.SetOfflineAsync(false);
        await Runner.WaitFor(() => Runner.Count(host, formId) > 0);
        await page.GotoAsync("/checklist");
        await Assertions.Expect(page.Locator("#sd-outbox-status")).Not.ToContainTextAsync("Ожидают");
        await page.ReloadAsync();
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        Assert.Equal(1, Runner.Count(host, formId));

        using var c = host.Factory.Store.Open();
        var id = c.ExecuteScalar<string>("SELECT id FROM submission WHERE definition_id = $formId", new { formId });
        var answers = c.Query<(string Item, double? Number, string? Text)>(
            "SELECT item_code, value_num, value_text FROM answer WHERE submission_id = $id ORDER BY item_code", new { id }).AsList();
        Assert.Equal([("greeting", 1d, "yes"), ("stand", null, "stand.png"), ("wait", 4d, null)], answers);
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM evidence WHERE submission_id = $id", new { id }));
        // Evidence of the visit: start and end of the audit and the time spent on each answered item.
        var (started, finished) = c.QuerySingle<(DateTime?, DateTime?)>("SELECT started_at, finished_at FROM submission WHERE id = $id", new { id });
        Assert.True(started <= finished, $"{started} .. {finished}");
        Assert.Equal(0, c.ExecuteScalar<long>(
            "SELECT count(*) FROM answer WHERE submission_id = $id AND item_code IN ('greeting', 'wait') AND seconds_spent IS NULL", new { id }));
    }

    [Fact]
    public async Task Runner_ShowsOfflineNotice_WhenPageWasNeverKept()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        SurveySeed.PublishChecklist(forms);
        host.Factory.AddUser("auditor-n", Password, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-n", [SurveySeed.Office]);

        await using var context = await browser.NewContextAsync(Tablet(host));
        var page = await context.NewPageAsync();
        await SignInAsAuditor(page, "auditor-n");
        await KeptForOffline(page);
        await context.SetOfflineAsync(true);
        await page.GotoAsync("/checklist/not-assigned/of-x");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Нет связи");
    }

    [Fact]
    public async Task SignOut_ForgetsKeptPages()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        SurveySeed.PublishChecklist(forms);
        host.Factory.AddUser("auditor-s", Password, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-s", [SurveySeed.Office]);

        await using var context = await browser.NewContextAsync(Tablet(host));
        var page = await context.NewPageAsync();
        await SignInAsAuditor(page, "auditor-s");
        await KeptForOffline(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login**");
        await page.WaitForFunctionAsync("async () => !(await caches.keys()).includes('sd-runner-pages')");

        await context.SetOfflineAsync(true);
        await page.GotoAsync($"/checklist/{SurveySeed.Checklist}/{SurveySeed.Office}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Нет связи");
    }

    internal static BrowserNewContextOptions Tablet(LiveHost host) => new()
    {
        BaseURL = host.Address, ViewportSize = new() { Width = 1024, Height = 768 }, HasTouch = true, Locale = "ru-RU",
    };

    internal static async Task SignInAsAuditor(IPage page, string user, string password = Password)
    {
        await page.GotoAsync("/account/login?returnUrl=%2Fchecklist");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/checklist");
    }

    /// <summary>Waits until the service worker reports the runner pages kept (set by checklist-offline.js).</summary>
    internal static Task KeptForOffline(IPage page) =>
        page.WaitForFunctionAsync("() => Number(document.documentElement.dataset.offlineReady) > 0", null, new() { Timeout = 20_000 });
}
