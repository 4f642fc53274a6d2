using Analytics.Engine.AuditPlans;
using Analytics.Engine.Forms;
using Analytics.Engine.Indicators;
using Analytics.Engine.Time;
using Dapper;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// #16's whole loop in a real browser: a specialist's plan → the auditor sees the office due → audits it with the
/// tablet offline (the audit waits in the runner's IndexedDB outbox) → back online it syncs → the reviewer returns it
/// with a comment → the auditor reads the comment and resubmits → the reviewer approves → only now does it count in the
/// indicator counts, and the coverage page moves the office's window from "Идёт окно" to "Выполнено".
/// </summary>
/// <remarks>
/// "Late" in the Engine (ADR 0022) is an approved audit visited after its window; a timely audit never passes through it,
/// so the coverage step asserts open → done for the plan's window (and nothing missed or late on the way).
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class AuditLifecycleBrowserTests(BrowserFixture browser)
{
    private const string Office = "O-ARH-1", Auditor = "sokolova.av", AuditorPassword = "auditor-password-5";
    private const string Reviewer = "kuznetsova.ev", ReviewerPassword = "quality-password-5";
    private const string Comment = "Нет фото информационного стенда — дополните замечание";

    [Fact]
    public async Task PlannedAudit_Offline_Returned_Resubmitted_Approved_CountsAndCoverageIsDone()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var formId = Seed(host);
        var today = host.Factory.Service<DisplayTime>().Today;
        var (year, quarter) = (today.Year, (today.Month - 1) / 3 + 1);
        host.Factory.Service<AuditPlanService>().Create(
            new AuditPlanInput(Office, formId, Recurrence.Quarterly, new DateOnly(today.Year, today.Month, 1), Auditor: Auditor), Reviewer);   // one window: from the 1st to the quarter's end

        // The auditor's tablet: the plan shows the office due, the runner opens while online.
        await using var tablet = await browser.NewContextAsync(OfflineStartTests.Tablet(host));
        var auditor = await tablet.NewPageAsync();
        await OfflineStartTests.SignInAsAuditor(auditor, Auditor, AuditorPassword);
        await Assertions.Expect(auditor.Locator($"[data-due] li[data-due-office='{Office}'][data-due-form='{formId}']").First).ToContainTextAsync("пройти до");   // the open window first, then the next one
        await auditor.Locator($"a[href='checklist/lifecycle-visit/{Office}']").ClickAsync();
        await Runner.WaitReady(auditor);

        // No connection while the audit is filled in and submitted: it goes to the outbox, the server hears nothing.
        await tablet.SetOfflineAsync(true);
        Assert.False(await auditor.EvaluateAsync<bool>("() => navigator.onLine"));
        await auditor.Locator("label[for='q-greeting-yes']").ClickAsync();
        await auditor.Locator("label[for='q-total_time-yes']").ClickAsync();
        await Assertions.Expect(auditor.Locator("[data-progress]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await auditor.Locator("form[data-runner] button[type=submit]").ClickAsync();
        await Assertions.Expect(auditor.Locator("[data-queued]")).ToContainTextAsync("сохранена на планшете");
        await Assertions.Expect(auditor.Locator("[data-outbox-panel] li[data-outbox-item]")).ToHaveCountAsync(1);
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        Assert.Equal(0, Runner.Count(host, formId));

        // Back online: the runner's "online" handler sends the queue, exactly once.
        await tablet.SetOfflineAsync(false);
        await Runner.WaitFor(() => Runner.Count(host, formId) == 1);
        var id = SubmissionId(host, formId);
        Assert.Null(Counted(host, today));                                                    // on review: not counted
        await using var office = await browser.NewContextAsync(new() { BaseURL = host.Address, Locale = "ru-RU", ViewportSize = new() { Width = 1440, Height = 900 } });
        var reviewer = await office.NewPageAsync();
        await Pages.SignIn(reviewer, Reviewer, ReviewerPassword);
        Assert.Equal(("0", "1"), await Coverage(reviewer, year, quarter, "open"));

        // The reviewer returns it with a comment.
        await reviewer.GotoAsync("/audits/review");
        await Pages.WaitInteractive(reviewer);
        await reviewer.Locator("input[data-test=review-comment], [data-test=review-comment] input").FillAsync(Comment);
        await reviewer.Locator("input[data-test=review-comment], [data-test=review-comment] input").PressAsync("Tab");
        await reviewer.Locator($"[data-test=return][data-id='{id}']").ClickAsync();
        await Assertions.Expect(reviewer.Locator("[data-test=review-message]")).ToBeVisibleAsync();
        Assert.Null(Counted(host, today));

        // The auditor sees the comment on the runner's home and resubmits with what was corrected.
        await auditor.GotoAsync("/checklist");
        var returned = auditor.Locator($"[data-returned] li[data-returned-id='{id}']");
        await Assertions.Expect(returned).ToContainTextAsync(Comment);
        await returned.Locator("input[name=comment]").FillAsync("Фото стенда приложено к замечанию");
        await returned.Locator("button[type=submit]").ClickAsync();
        await auditor.WaitForURLAsync("**/checklist?resubmitted=*");
        await Assertions.Expect(auditor.Locator("[data-returned]")).ToHaveCountAsync(0);
        Assert.Null(Counted(host, today));

        // The reviewer approves the resubmitted audit: from now on it counts.
        await reviewer.GotoAsync("/audits/review");
        await Pages.WaitInteractive(reviewer);
        await reviewer.Locator($"[data-test=approve][data-id='{id}']").ClickAsync();
        await Assertions.Expect(reviewer.Locator("[data-test=review-message]")).ToBeVisibleAsync();
        // Both items of the one audit, through the host's refresh as the indicator job runs it.
        Assert.Equal(2, Counted(host, today));
        Assert.Equal(("1", "0"), await Coverage(reviewer, year, quarter, "done"));
        await Screenshots.Save(reviewer, "audit-lifecycle-coverage-done");

        using var c = host.Factory.Store.Open();
        Assert.Equal(["returned", "resubmitted", "approved"],
            c.Query<string>("SELECT state FROM audit_review WHERE submission_id = $id ORDER BY seq", new { id }).AsList());
    }

    /// <summary>An office of the Arkhangelsk branch, a quality specialist and an auditor with a ФИО, a two-item checklist feeding exec.office_visit.</summary>
    private static string Seed(LiveHost host)
    {
        using (var c = host.Factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES ('C', 'company', NULL, 'ПАО «Архэнергосбыт»', NULL),
                  ('B-ARH', 'branch', 'C', 'Архангельский филиал', NULL),
                  ($office, 'office', 'B-ARH', 'Центральный клиентский офис', 'г. Архангельск, наб. Северной Двины, д. 60');
                """, new { office = Office });
        var users = host.Factory.Service<UserService>();
        Assert.True(users.Create(Auditor, "Соколова Анна Викторовна", AuditorPassword, [new UserRole(Roles.Auditor, null)], "admin").Succeeded);
        Assert.True(users.Create(Reviewer, "Кузнецова Елена Владимировна", ReviewerPassword, [new UserRole(Roles.Designer, null)], "admin").Succeeded);
        var forms = host.Factory.Service<FormService>();
        var id = forms.Create(new FormDefinition
        {
            Code = "lifecycle-visit", Kind = FormKind.Checklist, Title = new("Тайный покупатель: визит в офис"),
            Sections = [new FormSection { Code = "hall", Title = new("Зал"), Items =
            [
                new FormItem { Code = "greeting", Type = QuestionType.YesNoNa, Text = new("Сотрудник поздоровался"), Required = true, Scored = true, Weight = 1,
                    CriterionId = "exec.office_visit" },
                new FormItem { Code = "total_time", Type = QuestionType.YesNoNa, Text = new("Общее время обслуживания не превысило 35 минут"), Required = true,
                    Scored = true, Weight = 1, CriterionId = "exec.office_visit" },
            ] }],
        }, Reviewer);
        var published = forms.Publish(id, Reviewer);
        Assert.True(published.Published, string.Join("; ", published.Issues));
        forms.AssignOffices(Auditor, [Office], Reviewer);
        return id;
    }

    private static string SubmissionId(LiveHost host, string formId)
    {
        using var c = host.Factory.Store.Open();
        return c.ExecuteScalar<string>("SELECT id FROM submission WHERE definition_id = $formId", new { formId })!;
    }

    /// <summary>What the indicators count of exec.office_visit this month, through the host's own IndicatorService (Audits:RequireReview as configured).</summary>
    private static long? Counted(LiveHost host, DateOnly today)
    {
        var refreshed = host.Factory.Service<IndicatorService>().Refresh(asOf: today);
        using var c = host.Factory.Store.Open();
        return c.ExecuteScalar<long?>("""
            SELECT sum(n)::BIGINT FROM indicator_count
            WHERE methodology_id = $id AND methodology_version = $version AND measure = 'forms.checklist:exec.office_visit' AND unit_code = $office
            """, new { id = refreshed.MethodologyId, version = refreshed.MethodologyVersion, office = Office });
    }

    /// <summary>The coverage page's done and open figures, and the office's window in the drill-down in the expected state.</summary>
    private static async Task<(string Done, string Open)> Coverage(IPage page, int year, int quarter, string state)
    {
        await page.GotoAsync($"/audits/coverage?year={year}&quarter={quarter}");
        await page.Locator("[data-test=coverage-offices]").WaitForAsync();
        await Pages.WaitInteractive(page);
        await page.Locator("[data-test=coverage-offices] tbody tr", new() { HasText = "Центральный клиентский офис" }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"[data-test=coverage-drill] tr[data-state={state}]")).ToHaveCountAsync(1);
        return ((await page.Locator("[data-test=coverage-done] h5").InnerTextAsync()).Trim(),
                (await page.Locator("[data-test=coverage-open] h5").InnerTextAsync()).Trim());
    }
}
