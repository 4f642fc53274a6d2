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
        var failed = cut.Find("[data-table=failed-items]").TextContent;
        Assert.Contains("s1/queue_board", failed);
        Assert.Contains("s2/signage", failed);
    }

    /// <summary>D18: a long failed-items table is paged (25 rows a page), every row reachable through the pager.</summary>
    [Fact]
    public void FailedItems_ArePaged()
    {
        using (var c = _store.Store.Open())
            c.Execute(string.Join(";", Enumerable.Range(1, 30).Select(i =>
                $"INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('p{i}', 'f1', 1, 'O01', 'checklist', TIMESTAMP '2025-05-01 10:00');" +
                $"INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('p{i}', 'signage', 0, false)")));
        this.SignInAs("auditor", Roles.Auditor);

        var cut = RenderPage();

        Assert.Equal(25, cut.FindAll("[data-table=failed-items] tbody tr").Count);
        Assert.NotNull(cut.Find("[data-table=failed-items] [data-test=table-pager]"));
        cut.Find("[data-table=failed-items] [data-test=table-pager] button[aria-label='Next page'], [data-table=failed-items] [data-test=table-pager] .mud-pagination-item:last-child button").Click();
        Assert.Equal(32 - 25, cut.FindAll("[data-table=failed-items] tbody tr").Count);
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
        cut.Find("[data-ref='s1/queue_board']").Click();
        cut.Find("[data-test=new-audit-action] [data-test=owner-due-save]").Click();   // a second save returns the same action

        var action = Assert.Single(service.List(new ActionFilter()));
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

        Assert.DoesNotContain("s1/", cut.Find("[data-table=failed-items]").TextContent);
        Assert.Contains("s2/signage", cut.Find("[data-table=failed-items]").TextContent);
    }

    [Fact]
    public void Page_OffersNoActionButtons_ToExecutive()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = RenderPage();

        Assert.Empty(cut.FindAll("[data-test=failed-actions]"));
    }
}
