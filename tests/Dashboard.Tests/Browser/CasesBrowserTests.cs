using Analytics.Engine.Cases;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// A client case (ADR 0027) on /actions in a real browser: filtered to «Обращение клиента», its row in Russian with its
/// escalation level, its details with the close panel, no raw code and no console error; a screenshot to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CasesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ActionsPage_ShowsAnEscalatedCase_InRussian()
    {
        await using var host = LiveHost.Start(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var now = DateTime.UtcNow;
        using (var c = host.Factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES ('CO', 'company', NULL, 'АО «Энергосбыт»', NULL),
                    ('B01', 'branch', 'CO', 'Северный филиал', NULL), ('O01', 'office', 'B01', 'Клиентский офис «Центральный»', 'г. Архангельск, ул. Воскресенская, 5');
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, poor_quality, received_at, registered_at, status)
                VALUES ('Ж-0142', 'O01', 'individual', 'in_person', 'complaint', true, $at, $at, 'open');
                INSERT INTO case_owner VALUES ('O01', 'kuznetsova.ev', $at, 'admin'), ('B01', 'sokolov.iv', $at, 'admin');
                """, new { at = now.AddDays(-10) });
        var cases = host.Factory.Services.GetRequiredService<CaseService>();
        cases.Run(now.AddDays(-9));   // opened nine days ago, due in five working days…
        cases.Run(now);               // …so today it is escalated to the branch
        await using var context = await browser.NewContextAsync(new() { BaseURL = host.Address, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await Pages.SignIn(page, "admin", Support.DashboardFactory.AdminPassword);

        await page.GotoAsync("/actions?source=client_case");
        await Pages.WaitInteractive(page);
        var row = page.Locator("tr[data-action]");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("Филиал", (await row.Locator("[data-test=escalation]").InnerTextAsync()).Trim());
        Assert.Contains("Обращение клиента: Жалоба на ненадлежащее качество", await row.InnerTextAsync());
        await row.ClickAsync();
        var panel = page.Locator("[data-test=case-triggers]");
        await panel.WaitForAsync();
        Assert.Contains("Поводы: Жалоба на ненадлежащее качество", await panel.InnerTextAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Эскалация", text);
        Assert.Contains("Обращение клиента (обращение Ж-0142)", text);
        foreach (var code in new[] { "client_case", "poor_quality_complaint", "ClientCase", "Cases.", "appeal:" })
            Assert.DoesNotContain(code, text);
        await Screenshots.Save(page, "actions-client-case");
        Assert.Empty(errors);
    }
}
