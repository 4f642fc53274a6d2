using Analytics.Engine.Actions;
using Analytics.Engine.Methodology;
using Bunit;
using Dapper;
using Dashboard.Access;
using Dashboard.Components.Pages;
using Dashboard.Components.Pages.Appeals;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>Corrective actions opened where the problem shows: an indicator below plan, an overdue complaint (audit items: AuditsPageTests).</summary>
public class ActionSourcesTests : BunitContext
{
    private readonly TestStore _store = new();
    private readonly int _year = DateTime.Now.Month == 1 ? DateTime.Now.Year - 1 : DateTime.Now.Year;

    public ActionSourcesTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, due_at, answered_at, status)
            VALUES ('A-1', 'O01', 'individual', 'post', 'complaint', $t, $t, $due, NULL, 'open'),
                   ('A-2', 'O01', 'individual', 'post', 'information_request', $t, $t, $due, NULL, 'open'),
                   ('A-3', 'O01', 'individual', 'post', 'complaint', $t, $t, $due, $a, 'answered');
            """, new
            {
                t = new DateTime(_year, 1, 15, 10, 0, 0), a = new DateTime(_year, 1, 20, 10, 0, 0),
                due = DateTime.Now.AddDays(-3),
            });
        // Plans no indicator can reach: every indicator's outcome is −1.
        foreach (var indicator in new MethodologyRepository(_store.Store).Get().Indicators)
            c.Execute("INSERT INTO plan (scope_code, year, target, value, tolerance) VALUES ('C', $year, $id, 2.0, 0.0)",
                new { year = _year, id = indicator.Id });
    }

    private CorrectiveActionService Actions => Services.GetRequiredService<CorrectiveActionService>();

    [Fact]
    public void IndicatorBelowPlan_OpensOneActionPerIndicator()
    {
        this.SignInAs("admin", Roles.Admin);
        var cut = Render<OverviewCards>(p => p.Add(o => o.Scope, new UserScope("admin", null, true, true)));

        var buttons = cut.FindAll("[data-test=open-action]");
        Assert.NotEmpty(buttons);
        buttons[0].Click();
        // D24: the measure, owner and due date are asked for inside the tile before anything is created.
        Assert.Empty(Actions.List(new ActionFilter()));
        Assert.Contains("ниже плана", cut.Find("[data-test=new-indicator-action] [data-test=action-reason]").TextContent);
        cut.Find("[data-test=new-indicator-action] [data-test=owner-due-save]").Click();
        cut.FindAll("[data-test=open-action]")[0].Click();
        cut.Find("[data-test=new-indicator-action] [data-test=owner-due-save]").Click();   // a second save returns the same action

        var action = Assert.Single(Actions.List(new ActionFilter()));
        Assert.Equal(ActionSource.Indicator, action.Source);
        Assert.StartsWith("Разработать и выполнить план мероприятий", action.Title);
        Assert.Contains("ниже плана", action.Description);
        Assert.StartsWith($"company/{_year}/", action.SourceRef);
        Assert.Equal(VerificationKind.ReAudit, action.Verification);
        Assert.Contains(action.Id.ToString(), cut.Find("[data-test=overview-message]").TextContent);
    }

    [Fact]
    public void IndicatorBelowPlan_OffersNoAction_ToARoleThatCannotEditActions()
    {
        this.SignInAs("exec", Roles.Executive);
        var cut = Render<OverviewCards>(p => p.Add(o => o.Scope, new UserScope("exec", null, false, false)));

        Assert.NotEmpty(cut.FindAll("[data-outcome], [data-test=outcome]"));
        Assert.Empty(cut.FindAll("[data-test=open-action]"));
    }

    [Fact]
    public void OverdueComplaint_OpensAnActionVerifiedByAControlCall()
    {
        this.SignInAs("admin", Roles.Admin);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/appeals?from={_year}-01-01&to={_year}-12-31");
        var cut = Render<AppealsPage>();

        var offered = cut.FindAll("[data-test=complaint-actions] [data-ref]").Select(b => b.GetAttribute("data-ref")).ToList();
        Assert.Equal(["A-1"], offered);   // not the information request, not the answered complaint
        cut.Find("[data-test=complaint-actions] [data-ref=A-1]").Click();
        // D24: not created silently: the owner and due date are asked for first, prefilled with the clicker and +30 days.
        Assert.Empty(Actions.List(new ActionFilter()));
        cut.Find("[data-test=new-complaint-action] [data-test=owner-due-save]").Click();

        var action = Assert.Single(Actions.List(new ActionFilter()));
        Assert.Equal("admin", action.Owner);
        Assert.StartsWith("Разобрать нарушение срока ответа", action.Title);   // the measure; the finding is the description
        Assert.StartsWith("Жалоба A-1: ответ не дан в срок", action.Description);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now).AddDays(30), action.DueOn);
        Assert.Equal((ActionSource.Complaint, "A-1", "O01", "B01", VerificationKind.ControlCall),
            (action.Source, action.SourceRef, action.OfficeCode, action.BranchCode, action.Verification));
        Assert.Contains("A-1", cut.Find("[data-test=appeal-message]").TextContent);
    }
}
