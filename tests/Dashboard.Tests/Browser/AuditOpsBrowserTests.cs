using Analytics.Engine.AuditPlans;
using Analytics.Engine.AuditReview;
using Dapper;
using Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// #16 in a real browser at 1440 wide: the review queue approves an audit and the coverage page counts it (missed → done);
/// screenshots of both pages to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditOpsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ApprovingInTheQueue_MovesCoverageFromMissedToDone()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        using (var c = host.Factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('B1', 'branch', NULL, 'Северный филиал'),
                  ('O1', 'office', 'B1', 'Офис «Центральный»'), ('O2', 'office', 'B1', 'Офис «Заречный»');
                INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('chk', 'checklist', 'visit', 'Тайный покупатель: визит в офис', '{}');
                INSERT INTO submission (id, definition_id, version, office_code, source, auditor, started_at, submitted_at) VALUES
                  ('v-o1-jan', 'chk', 1, 'O1', 'checklist', 'ivanov', '2025-01-14 08:00', '2025-01-14 09:00'),
                  ('v-o1-mar', 'chk', 1, 'O1', 'checklist', 'ivanov', '2025-03-20 08:00', '2025-03-20 09:00'),
                  ('v-o2-feb', 'chk', 1, 'O2', 'checklist', 'petrov', '2025-02-11 08:00', '2025-02-11 09:00');
                """);
        var plans = host.Factory.Service<AuditPlanService>();
        plans.Create(new AuditPlanInput("O1", "chk", Recurrence.Monthly, new DateOnly(2025, 1, 1)), "admin");
        plans.Create(new AuditPlanInput("O2", "chk", Recurrence.Quarterly, new DateOnly(2025, 1, 1)), "admin");
        var reviews = host.Factory.Service<AuditReviewService>();
        reviews.Approve("v-o1-jan", "admin");
        reviews.Approve("v-o1-mar", "admin");

        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await Pages.SignIn(page, "admin", DashboardFactory.AdminPassword);

        await page.GotoAsync("/audits/coverage?year=2025&quarter=1");
        await page.Locator("[data-test=coverage-offices]").WaitForAsync();
        // O1 monthly: January and March done, February missed; O2 quarterly: its audit waits on review, so missed.
        Assert.Equal("2", (await page.Locator("[data-test=coverage-done] h5").InnerTextAsync()).Trim());
        Assert.Equal("2", (await page.Locator("[data-test=coverage-missed] h5").InnerTextAsync()).Trim());
        await Screenshots.Save(page, "audit-coverage-before");

        await page.GotoAsync("/audits/review");
        await page.Locator("[data-test=review-queue]").WaitForAsync();
        // A click on the prerendered button before the circuit is up does nothing.
        await Pages.WaitInteractive(page);
        await Screenshots.Save(page, "audit-review-queue");
        await page.Locator("[data-test=approve][data-id=v-o2-feb]").ClickAsync();
        await page.Locator("[data-test=review-message]").WaitForAsync();

        await page.GotoAsync("/audits/coverage?year=2025&quarter=1");
        await page.Locator("[data-test=coverage-offices]").WaitForAsync();
        Assert.Equal("3", (await page.Locator("[data-test=coverage-done] h5").InnerTextAsync()).Trim());
        Assert.Equal("100,0 %", (await page.Locator("[data-test=coverage-share] h5").InnerTextAsync()).Trim().Replace('\u00a0', ' ').Replace('\u202f', ' '));
        await Screenshots.Save(page, "audit-coverage-after");
    }
}
