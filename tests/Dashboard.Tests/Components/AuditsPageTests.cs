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
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                ('s1', 'f1', 1, 'O01', 'checklist', TIMESTAMP '2025-04-01 10:00'),
                ('s2', 'f1', 1, 'O21', 'checklist', TIMESTAMP '2025-04-02 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES
                ('s1', 'signage', 1, false), ('s1', 'queue_board', 0, false), ('s1', 'ramp', NULL, true),
                ('s2', 'signage', 0, false);
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

    [Fact]
    public void FailedItem_OpensOneCorrectiveAction_EvenWhenClickedTwice()
    {
        this.SignInAs("auditor", Roles.Auditor);
        var cut = RenderPage();

        cut.Find("[data-ref='s1/queue_board']").Click();
        cut.Find("[data-ref='s1/queue_board']").Click();

        var action = Assert.Single(Services.GetRequiredService<CorrectiveActionService>().List(new ActionFilter()));
        Assert.Equal((ActionSource.AuditItem, "s1/queue_board", "O01", "B01"), (action.Source, action.SourceRef, action.OfficeCode, action.BranchCode));
        Assert.NotNull(cut.Find("[data-test=audit-message]"));
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
