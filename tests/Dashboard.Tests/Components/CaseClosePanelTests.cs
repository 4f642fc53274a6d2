using Analytics.Engine.Actions;
using Analytics.Engine.Cases;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Actions;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>A client case's panel on the corrective actions page (ADR 0027): its triggers in Russian, and closing it.</summary>
public class CaseClosePanelTests : BunitContext
{
    private readonly TestStore _store = new();

    public CaseClosePanelTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Северный филиал'), ('O01', 'office', 'B01', 'Офис «Центральный»');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, poor_quality, received_at, registered_at, status)
            VALUES ('Ж-0142', 'O01', 'individual', 'in_person', 'complaint', true, $at, $at, 'open');
            INSERT INTO case_owner VALUES ('O01', 'kuznetsova.ev', $at, 'admin');
            """, new { at = DateTime.UtcNow.AddHours(-2) });
    }

    private CaseService Cases => Services.GetRequiredService<CaseService>();

    private CorrectiveAction OpenComplaintCase()
    {
        Assert.Equal(1, Cases.Run(DateTime.UtcNow).Opened);
        return Services.GetRequiredService<CorrectiveActionService>().Get(Cases.List(new CaseFilter()).Single().Id)!;
    }

    [Fact]
    public void Panel_NamesTheTriggerAndLevelInRussian_AndRefusesToCloseWithoutAControlCall()
    {
        var action = OpenComplaintCase();
        var cut = Render<CaseClosePanel>(p => p.Add(x => x.Action, action).Add(x => x.Actor, "kuznetsova.ev"));

        Assert.Contains("Поводы: Жалоба на ненадлежащее качество", cut.Find("[data-test=case-triggers]").TextContent);
        Assert.Contains("Уровень эскалации: Офис", cut.Find("[data-test=case-triggers]").TextContent);
        cut.Find("[data-test=case-close-button]").Click();
        Assert.Equal("Выберите результат.", cut.Find("[data-test=case-error]").TextContent.Trim());
        Assert.Equal(ActionStatus.Open, Services.GetRequiredService<CorrectiveActionService>().Get(action.Id)!.Status);
    }

    [Fact]
    public void DetailsOfACase_OfferNoDoneOrCancelMove_ButTheClosePanel()
    {
        var action = OpenComplaintCase();

        var cut = Render<ActionDetails>(p => p.Add(x => x.Action, action).Add(x => x.CanEdit, true).Add(x => x.Actor, "kuznetsova.ev"));

        var moves = cut.FindAll("[data-move]").Select(b => b.GetAttribute("data-move")).ToList();
        Assert.Equal(["in_progress"], moves);
        Assert.NotNull(cut.Find("[data-test=case-close]"));
    }
}
