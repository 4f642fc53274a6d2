using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// F1 in a real browser: a client answers the public questionnaire on a phone, and an auditor fills a checklist on a
/// tablet that loses its connection — the queued audit reaches the store exactly once, photo included.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveyRunnerTests(BrowserFixture browser)
{
    private const string AuditorPassword = "auditor-password-1";

    [Fact]
    public async Task Questionnaire_StoresOneOnlineSubmission_WhenClientAnswersOnPhone()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        var formId = SurveySeed.PublishQuestionnaire(forms);

        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
            DeviceScaleFactor = 3, Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/q/{SurveySeed.Questionnaire}?office={SurveySeed.Office}");
        await Assertions.Expect(page.Locator("h1.sd-title")).ToHaveTextAsync("Оцените обслуживание");

        await page.Locator("label[for='q-csat-4']").TapAsync();
        await page.Locator("label[for='q-nps-9']").TapAsync();
        await page.FillAsync("textarea[name='a.comment']", "Быстро и вежливо");
        await page.Locator("button.sd-submit").TapAsync();

        await Assertions.Expect(page.Locator("main.sd-thanks h1")).ToHaveTextAsync("Спасибо!");
        Assert.EndsWith($"/q/{SurveySeed.Questionnaire}/thanks", new Uri(page.Url).AbsolutePath);

        using var c = host.Factory.Store.Open();
        var rows = c.Query<(string Id, string Source, string? Office, string? Channel)>(
            "SELECT id, source, office_code, channel FROM submission WHERE definition_id = $formId", new { formId }).AsList();
        var row = Assert.Single(rows);
        Assert.Equal(("online", SurveySeed.Office, "internet"), (row.Source, row.Office, row.Channel));
        var answers = c.Query<(string Item, double? Number, string? Text)>(
            "SELECT item_code, value_num, value_text FROM answer WHERE submission_id = $id ORDER BY item_code", new { id = row.Id }).AsList();
        Assert.Equal([("comment", null, "Быстро и вежливо"), ("csat", 4d, null), ("nps", 9d, null)], answers);
    }

    [Fact]
    public async Task Checklist_SendsQueuedAuditOnce_WhenTabletWasOfflineAtSubmit()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        var formId = SurveySeed.PublishChecklist(forms);
        host.Factory.AddUser("auditor-t", AuditorPassword, new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-t", [SurveySeed.Office]);
        var photo = Path.Combine(host.Factory.Directory_, "stand.png");
        await File.WriteAllBytesAsync(photo, SurveySeed.Png(), TestContext.Current.CancellationToken);

        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Address, ViewportSize = new() { Width = 1024, Height = 768 }, HasTouch = true, Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fchecklist");
        await page.FillAsync("#userName", "auditor-t");
        await page.FillAsync("#password", AuditorPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/checklist");

        await page.Locator($"a[href='checklist/{SurveySeed.Checklist}/{SurveySeed.Office}']").TapAsync();
        var form = page.Locator("form[data-runner]");
        await Assertions.Expect(form).ToBeVisibleAsync();
        // The runner is a module script: wait until it has restored state and attached its handlers.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-progress]')?.getAttribute('aria-valuenow') === '0'");

        // Chromium's offline emulation sometimes lets a POST to loopback reach Kestrel before failing it in the
        // page (a "lost response"); the route makes the drop certain, so the queue path is what is tested.
        await context.SetOfflineAsync(true);
        await context.RouteAsync("**/api/submissions", route => route.AbortAsync("internetdisconnected"));
        var log = new List<string>();
        page.RequestFinished += (_, r) => log.Add("finished " + r.Method + " " + r.Url);
        page.RequestFailed += (_, r) => log.Add("failed " + r.Method + " " + r.Url + " " + r.Failure);
        await page.Locator("label[for='q-greeting-yes']").TapAsync();
        await page.FillAsync("input[name='a.wait']", "7");
        await page.Locator("input[name='a.wait']").BlurAsync();
        await page.SetInputFilesAsync("input[data-evidence-for=stand]", photo);
        await Assertions.Expect(page.Locator("[data-thumbs-for=stand] img.sd-thumb")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-progress]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await page.Locator("#item-greeting details.sd-note summary").TapAsync();
        await page.FillAsync("textarea[name='note.greeting']", "Улыбнулась");

        var queued = page.WaitForRequestAsync(r => r.Url.EndsWith("/api/submissions") && r.Method == "POST");
        await page.Locator("form[data-runner] button[type=submit]").TapAsync();
        await queued;   // the runner tried to send it and failed: no connection
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        Assert.True(Count(host, formId) == 0, string.Join("\n", log));
        // The auditor stays on the runner and is told the audit is kept on the tablet, not shown a browser error.
        await Assertions.Expect(page.Locator("[data-queued]")).ToContainTextAsync("сохранена на планшете");

        // Back online, the start page's runner script flushes the queue from IndexedDB (a cold start without a
        // connection is OfflineStartTests).
        await context.UnrouteAsync("**/api/submissions");
        await context.SetOfflineAsync(false);
        await page.GotoAsync("/checklist");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#sd-outbox-status")).Not.ToContainTextAsync("Ожидают", new() { Timeout = 15_000 });
        await WaitFor(() => Count(host, formId) > 0);
        await page.ReloadAsync();
        await Task.Delay(1000, TestContext.Current.CancellationToken);

        using var c = host.Factory.Store.Open();
        var row = Assert.Single(c.Query<(string Id, string Source, string? Office, string? Auditor)>(
            "SELECT id, source, office_code, auditor FROM submission WHERE definition_id = $formId", new { formId }));
        Assert.Equal(("checklist", SurveySeed.Office, "auditor-t"), (row.Source, row.Office, row.Auditor));
        var answers = c.Query<(string Item, double? Number, string? Text)>(
            "SELECT item_code, value_num, value_text FROM answer WHERE submission_id = $id ORDER BY item_code", new { id = row.Id }).AsList();
        Assert.Equal([("greeting", 1d, "yes"), ("stand", null, "stand.png"), ("wait", 7d, null)], answers);
        var evidence = Assert.Single(c.Query<(string Item, string Type, long Size, int? Width)>(
            "SELECT item_code, content_type, size_bytes, width FROM evidence WHERE submission_id = $id", new { id = row.Id }));
        Assert.Equal("stand", evidence.Item);
        Assert.StartsWith("image/", evidence.Type);
        Assert.True(evidence.Size > 0);
        Assert.Equal(32, evidence.Width);
    }

    private static long Count(LiveHost host, string formId)
    {
        using var c = host.Factory.Store.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM submission WHERE definition_id = $formId", new { formId });
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.True(condition(), "the queued submission never reached the store");
    }
}
