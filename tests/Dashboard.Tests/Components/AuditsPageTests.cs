using Analytics.Engine.Actions;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Audits;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class AuditsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public AuditsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('f1', 'checklist', 'office-audit', 'Проверка офиса', '{}');
            INSERT INTO form_version (definition_id, version, json) VALUES ('f1', 1, '{"code":"office-audit","kind":"checklist","title":{"ru":"Проверка офиса"},"sections":[{"code":"s","title":{"ru":"Офис"},"items":[
                {"code":"signage","type":"yes_no_na","text":{"ru":"У входа есть вывеска с режимом работы"},"source":"002 §7.2.1"},
                {"code":"queue_board","type":"yes_no_na","text":{"ru":"Табло очереди работает"},"source":"001 §2.1.5"},
                {"code":"clean","type":"yes_no_na","text":{"ru":"Помещение чистое, в хорошем состоянии"},"source":"002 §7.2.3"},
                {"code":"ramp","type":"yes_no_na","text":{"ru":"Вход доступен для маломобильных посетителей"}}]}]}');
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                ('s1', 'f1', 1, 'O01', 'checklist', TIMESTAMP '2025-04-01 10:00'),
                ('s2', 'f1', 1, 'O21', 'checklist', TIMESTAMP '2025-04-02 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, value_text, not_applicable) VALUES
                ('s1', 'signage', 1, 'yes', false), ('s1', 'queue_board', 0, 'no', false), ('s1', 'ramp', NULL, NULL, true),
                ('s2', 'signage', 0, 'no', false);
            """);
    }

    /// <summary>The references of the failed items on the page shown, top to bottom.</summary>
    private static List<string?> Refs(IRenderedComponent<AuditsPage> cut) =>
        [.. cut.FindAll("[data-table=failed-items] [data-test=failed-ref]").Select(a => a.GetAttribute("data-audit-ref"))];

    private AuditItemActions ItemActions() => Services.GetRequiredService<AuditItemActions>();

    private IRenderedComponent<AuditsPage> RenderPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/audits?year=2025");
        return Render<AuditsPage>();
    }

    [Fact]
    public void Page_ShowsComplianceAndFailedItems()
    {
        this.SignInAs("auditor", Roles.Auditor);

        var cut = RenderPage();

        Assert.Contains("50", cut.Find("[data-table=by-office]").TextContent); // Офис 1: 1 of 2 (N/A excluded)
        Assert.Equal(["s2/signage", "s1/queue_board"], Refs(cut));
    }

    /// <summary>
    /// D16: every failed item is reachable — the table pages (25 a page; 25/50/100 to choose), no row is cut off, and
    /// the 62nd row, on page 3, has its own "open action" button, which opens the editor under that row.
    /// </summary>
    [Fact]
    public void FailedItems_ArePaged_AndEveryRowOnEveryPageHasItsButton()
    {
        using (var c = _store.Store.Open())
            c.Execute(string.Join(";", Enumerable.Range(1, 70).Select(i =>
                $"INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('p{i:00}', 'f1', 1, 'O01', 'checklist', TIMESTAMP '2025-05-01 10:00' + INTERVAL {i} MINUTE);" +
                $"INSERT INTO answer (submission_id, item_code, value_num, value_text, not_applicable) VALUES ('p{i:00}', 'signage', 0, 'no', false)")));
        this.SignInAs("auditor", Roles.Auditor);

        var cut = RenderPage();

        Assert.Equal(25, cut.FindAll("[data-table=failed-items] tbody tr").Count);
        Assert.Equal(25, cut.FindAll("[data-table=failed-items] [data-test=open-action]").Count);
        // The 72 audits above it are paged too (10 a page), so the failed items are not pushed off the page.
        Assert.Equal(10, cut.FindAll("[data-test=audit-acts] tbody tr").Count);
        Assert.NotNull(cut.Find("[data-test=audit-acts] [data-test=acts-pager]"));
        NextPage(cut);
        NextPage(cut);
        // Newest first: p70 … p01, then s2 and s1 (April) — 72 rows; page 3 holds rows 51–72, row 62 is p09.
        var rows = cut.FindAll("[data-table=failed-items] tbody tr");
        Assert.Equal(72 - 50, rows.Count);
        Assert.Equal("p09/signage", rows[11].QuerySelector("[data-test=failed-ref]")!.GetAttribute("data-audit-ref"));
        rows[11].QuerySelector("[data-test=open-action]")!.Click();
        Assert.Empty(cut.FindAll("[data-test=audit-message]").Select(m => m.TextContent));
        Assert.Contains("Требование: У входа есть вывеска с режимом работы", cut.Find("[data-test=action-reason]").TextContent);
        Assert.Equal("s1/queue_board", Refs(cut).Last());
    }

    /// <summary>
    /// #15: a busy period's audits are all listed — no cap at 500: the count shown is the period's and the oldest audit
    /// is on the acts table's last page.
    /// </summary>
    [Fact]
    public void AuditActs_ListEveryAuditOfThePeriod_TheOldestOnTheLastPage()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at)
                SELECT 'q' || lpad(i::VARCHAR, 3, '0'), 'f1', 1, CASE WHEN i % 2 = 0 THEN 'O01' ELSE 'O21' END, 'checklist',
                       TIMESTAMP '2025-06-01 10:00' + i * INTERVAL 1 MINUTE
                FROM range(1, 601) t(i)
                """);
        this.SignInAs("exec", Roles.Executive);

        var cut = RenderPage();

        var count = cut.Find("[data-test=audit-acts] [data-test=acts-count]");
        Assert.Equal("602", count.GetAttribute("data-count"));          // 600 + s1 and s2
        Assert.Contains("602 проверки", count.TextContent.Replace('\u00A0', ' '));
        Assert.Equal("q600", cut.Find("[data-test=audit-acts] tbody tr").GetAttribute("data-submission"));   // newest first
        cut.FindAll("[data-test=audit-acts] [data-test=acts-pager] button").Last().Click();
        var last = cut.FindAll("[data-test=audit-acts] tbody tr");
        Assert.Equal(["s2", "s1"], last.Select(r => r.GetAttribute("data-submission")));   // page 61 of 61: the oldest audits
    }

    private static void NextPage(IRenderedComponent<AuditsPage> cut)
    {
        var next = cut.FindAll("[data-table=failed-items] .mud-table-pagination-actions button")
            .Single(b => b.GetAttribute("aria-label") is { } label && label.Contains("Next", StringComparison.OrdinalIgnoreCase));
        next.Click();
    }

    /// <summary>D16: the item by its Russian text, its code only as the tooltip; the reference links to that audit's answers.</summary>
    [Fact]
    public void FailedItem_ShowsRussianTitle_AndLinksToItsAudit()
    {
        this.SignInAs("auditor", Roles.Auditor);

        var cut = RenderPage();

        var row = cut.FindAll("[data-table=failed-items] tbody tr").Single(r => r.QuerySelector("[data-audit-ref='s1/queue_board']") is not null);
        Assert.Equal("Табло очереди работает", row.QuerySelector("[data-test=failed-item] span")!.TextContent.Trim());
        Assert.Equal("queue_board", row.QuerySelector("[data-test=item-code]")!.GetAttribute("title"));   // the code is the tooltip, not text
        Assert.DoesNotContain("queue_board", row.QuerySelector("[data-test=failed-item]")!.TextContent);
        var link = row.QuerySelector("a[data-test=failed-ref]")!;
        Assert.Equal("Ответы этой проверки", link.TextContent.Trim());
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("/records/answers?", href);
        Assert.EndsWith("&submission=s1", href);
        Assert.Contains("from=2025-01-01", href);   // the period shown, so the records page shows that audit
    }

    /// <summary>D13/D16: failed items by their text from the form version; a company-level audit is "Компания в целом".</summary>
    [Fact]
    public void FailedItems_ShowItemText_AndCompanyLevelAuditsAreNamed()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                    ('s3', 'f1', 1, NULL, 'checklist', TIMESTAMP '2025-04-03 10:00');
                INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('s3', 'queue_board', 0, false);
                """);
        this.SignInAs("exec", Roles.Executive);

        var cut = RenderPage();

        Assert.Contains("Табло очереди работает", cut.Find("[data-table=failed-items]").TextContent);
        Assert.Contains("Компания в целом", cut.Find("[data-table=by-office]").TextContent);
    }

    [Fact]
    public void FailedItem_OpensOneCorrectiveAction_EvenWhenClickedTwice()
    {
        this.SignInAs("auditor", Roles.Auditor);
        var cut = RenderPage();

        var service = Services.GetRequiredService<CorrectiveActionService>();
        cut.Find("[data-ref='s1/queue_board']").Click();
        // D24: not created silently: the measure (prefilled from the item's text), owner and due date are asked for first.
        Assert.Empty(service.List(new ActionFilter()));
        Assert.Contains("Не выполнен пункт чек-листа «Проверка офиса»: Офис 1", cut.Find("[data-test=action-reason]").TextContent);
        cut.Find("[data-test=new-audit-action] [data-test=owner-due-save]").Click();
        // Once opened, the row links to its action instead of offering a second one (D16).
        Assert.Empty(cut.FindAll("[data-ref='s1/queue_board']"));
        Assert.NotEmpty(cut.FindAll("[data-ref='s2/signage']"));
        var link = cut.Find("[data-action-ref='s1/queue_board']");
        ItemActions().Open("s1", "queue_board", "other", "other");   // a second opening returns the same action

        var action = Assert.Single(service.List(new ActionFilter()));
        Assert.Equal($"/actions?source=audit_item&action={action.Id}", link.GetAttribute("href"));
        Assert.Equal($"Мера № {action.Id}", link.TextContent.Trim());
        Assert.Equal((ActionSource.AuditItem, "s1/queue_board", "O01", "B01"), (action.Source, action.SourceRef, action.OfficeCode, action.BranchCode));
        Assert.StartsWith("Устранить нарушение: ", action.Title);   // the measure, not "form: code"
        Assert.StartsWith("Не выполнен пункт чек-листа «Проверка офиса»", action.Description);
        Assert.Equal("auditor", action.Owner);
        Assert.NotNull(cut.Find("[data-test=audit-message]"));
    }

    /// <summary>#16.5: the editor is prefilled by the Engine — requirement with its clause, due = visit day + Audits:ActionDueDays.</summary>
    [Fact]
    public void FailedItem_EditorShowsClause_AndSavesDueFromVisitDay()
    {
        this.SignInAs("auditor", Roles.Auditor);
        var cut = RenderPage();

        cut.Find("[data-ref='s1/queue_board']").Click();
        Assert.Contains("Пункт Стандарта: 001 §2.1.5", cut.Find("[data-test=action-reason]").TextContent);
        cut.Find("[data-test=new-audit-action] [data-test=owner-due-save]").Click();

        var action = Assert.Single(Services.GetRequiredService<CorrectiveActionService>().List(new ActionFilter()));
        Assert.Equal(new DateOnly(2025, 5, 1), action.DueOn);                     // visited 01.04.2025 + 30 days (the default setting)
        Assert.Contains("Требование: Табло очереди работает", action.Description);
    }

    /// <summary>#16.5: one click opens an action for every failed item of the chosen item's audit, and only of that audit.</summary>
    [Fact]
    public void OpenAll_OpensEveryFailedItemOfThatAuditOnly()
    {
        using (var c = _store.Store.Open())
            c.Execute("INSERT INTO answer (submission_id, item_code, value_num, value_text, not_applicable) VALUES ('s1', 'clean', 0, 'no', false)");
        this.SignInAs("auditor", Roles.Auditor);
        var cut = RenderPage();

        cut.Find("[data-ref='s1/queue_board']").Click();
        cut.Find("[data-test=open-all-actions]").Click();

        var actions = Services.GetRequiredService<CorrectiveActionService>().List(new ActionFilter());
        Assert.Equal(["s1/clean", "s1/queue_board"], actions.Select(a => a.SourceRef).Order());
        Assert.Contains("открыто мер — 2", cut.Find("[data-test=audit-message]").TextContent);
    }

    [Fact]
    public void Page_ShowsBranchManagerOnlyOwnOffices()
    {
        this.SignInAsBranchManager("bm", "B02");

        var cut = RenderPage();

        Assert.Equal(["s2/signage"], Refs(cut));
        Assert.Equal(["s2/signage"], cut.FindAll("[data-test=open-action]").Select(b => b.GetAttribute("data-ref")));
        Assert.Contains("branch=B02", cut.Find("a[data-test=failed-ref]").GetAttribute("href"));
    }

    [Fact]
    public void Page_OffersNoActionButtons_ToExecutive()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = RenderPage();

        Assert.Empty(cut.FindAll("[data-test=open-action]"));
        Assert.NotEmpty(cut.FindAll("[data-test=failed-ref]"));
    }

    /// <summary>An executive opens no action, but sees the one opened for an item and can follow it.</summary>
    [Fact]
    public void Executive_SeesTheLinkToAnOpenedAction()
    {
        this.SignInAs("exec", Roles.Executive);
        var opened = ItemActions().Open("s1", "queue_board", "auditor", "auditor");

        var cut = RenderPage();

        Assert.Equal($"/actions?source=audit_item&action={opened.Action.Id}", cut.Find("[data-action-ref='s1/queue_board']").GetAttribute("href"));
    }
}
