using System.Net;
using Analytics.Engine.Cases;
using Dapper;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Actions;

/// <summary>Cases (ADR 0027) on the corrective actions page, through the real host: in Russian, with their level.</summary>
public class CaseActionsPageTests
{
    [Fact]
    public async Task ActionsPage_ShowsACaseInRussian_WithItsEscalationLevel()
    {
        await using var factory = new DashboardFactory();
        var now = DateTime.UtcNow;
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES ('CO', 'company', NULL, 'АО «Энергосбыт»', NULL),
                    ('B01', 'branch', 'CO', 'Северный филиал', NULL), ('O01', 'office', 'B01', 'Клиентский офис «Центральный»', 'г. Архангельск, ул. Воскресенская, 5');
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, channel, kind, poor_quality, received_at, registered_at, status)
                VALUES ('Ж-0142', 'O01', 'individual', 'ЛС 2901-118877', 'in_person', 'complaint', true, $at, $at, 'open');
                """, new { at = now.AddHours(1).AddDays(-1) });
        var cases = factory.Service<CaseService>();
        cases.Owners.Set("O01", "kuznetsova.ev", "admin", now);
        Assert.Equal(1, cases.Run(now).Opened);
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.GetAsync("/actions?source=client_case", ct);
        var page = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Уровень эскалации", page);
        Assert.Contains("Обращение клиента: Жалоба на ненадлежащее качество: жалоба Ж-0142", page);
        Assert.Contains("data-test=\"escalation\">Офис<", page);
        Assert.Contains("kuznetsova.ev", page);
        Assert.DoesNotContain("poor_quality_complaint", page);
    }

    [Fact]
    public async Task ActionsPage_FiltersByKind_WhenAskedForCases()
    {
        await using var factory = new DashboardFactory();
        factory.Service<Analytics.Engine.Actions.CorrectiveActionService>().Open(new Analytics.Engine.Actions.NewCorrectiveAction(
            Analytics.Engine.Actions.ActionSource.Other, "stand-1", "Обновить информационный стенд", "ivanov.pp", DateOnly.FromDateTime(DateTime.Today)), "t");
        using var client = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var ct = TestContext.Current.CancellationToken;

        var all = await client.GetStringAsync("/actions", ct);
        var onlyCases = await client.GetStringAsync("/actions?source=client_case", ct);

        Assert.Contains("Обновить информационный стенд", all);
        Assert.DoesNotContain("Обновить информационный стенд", onlyCases);
    }
}
