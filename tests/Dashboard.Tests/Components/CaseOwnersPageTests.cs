using Analytics.Engine.Cases;
using Analytics.Engine.Forms;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Admin.CaseOwners;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Tests.Components;

/// <summary>
/// /admin/case-owners (#18 item 3, ADR 0029) with the real Engine over a temp store: the admin picks an office's owner
/// by ФИО, it is stored by login through CaseOwners.Set (the CLI's call) and audited, and the next case of that office
/// goes to that person. Who may open the page at all is <see cref="Access.AuthorizationMatrixTests"/>.
/// </summary>
public class CaseOwnersPageTests : BunitContext
{
    private const string Password = "a-long-password-1";
    private readonly TestStore _store = new();

    public CaseOwnersPageTests()
    {
        this.AddDashboardServices(_store.Store);
        this.SignInAs("admin", Roles.Admin);
        Render<MudPopoverProvider>();
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES ('CO', 'company', NULL, 'АО «Энергосбыт»', NULL),
                    ('B01', 'branch', 'CO', 'Северный филиал', NULL),
                    ('O01', 'office', 'B01', 'Клиентский офис «Центральный»', 'г. Архангельск, ул. Воскресенская, 5'),
                    ('O02', 'office', 'B01', 'Клиентский офис «Соломбальский»', 'г. Архангельск, ул. Адмирала Кузнецова, 2');
                """);
        var users = Services.GetRequiredService<UserService>();
        users.Create("admin", "Администратор Системы", Password, [new UserRole(Roles.Admin, null)], "test");
        users.Create("kuznetsova.ev", "Кузнецова Елена Викторовна", Password, [new UserRole(Roles.BranchManager, "B01")], "test");
        users.Create("sokolov.iv", "Соколов Игорь Владимирович", Password, [new UserRole(Roles.Auditor, null)], "test");
        Cases.Owners.Set("B01", "sokolov.iv", "admin", DateTime.UtcNow);
    }

    private CaseService Cases => Services.GetRequiredService<CaseService>();

    [Fact]
    public async Task Admin_SetsAnOfficesOwnerByName_AndTheNextCaseOfThatOfficeGoesToThem()
    {
        var cut = Render<CaseOwnersPage>();
        var rows = cut.FindAll("tr[data-unit]").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Equal(["CO", "B01", "O02", "O01"], rows); // company, branch, its offices by name
        Assert.Contains("Соколов Игорь Владимирович — Филиал", Row(cut, "O01").QuerySelector("[data-test=routed]")!.TextContent);
        Assert.Contains("Соколов Игорь Владимирович", Row(cut, "B01").TextContent);

        var select = cut.FindComponents<MudSelect<string>>()[rows.IndexOf("O01")];
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("kuznetsova.ev"));
        cut.Find("tr[data-unit='O01'] [data-test=save]").Click();

        Assert.Contains("Кузнецова Елена Викторовна", cut.Find("[data-test=owners-message]").TextContent);
        Assert.Contains("Кузнецова Елена Викторовна — Офис", Row(cut, "O01").QuerySelector("[data-test=routed]")!.TextContent);
        Assert.Equal("kuznetsova.ev", Cases.Owners.List().Single(o => o.UnitCode == "O01").Owner); // stored by login
        using (var c = _store.Store.Open())
        {
            var entry = c.QuerySingle<(string Actor, string Action, string After)>(
                "SELECT actor, action, after_json FROM audit_entry WHERE entity_kind = 'setting' AND entity_id = 'case_owner/O01'");
            Assert.Equal(("admin", "update"), (entry.Actor, entry.Action));
            Assert.Contains("kuznetsova.ev", entry.After);
        }

        // The next case of O01 — a detractor's response — is routed to her by the case run.
        Detractor("R-1", "O01");
        Assert.Equal(1, Cases.Run(DateTime.UtcNow).Opened);
        var opened = Cases.List(new CaseFilter()).Single();
        Assert.Equal(("kuznetsova.ev", 0), (opened.Owner, opened.EscalationLevel));
    }

    [Fact]
    public async Task Admin_RemovesAnOwner_AndTheOfficeFallsBackToItsBranch()
    {
        Cases.Owners.Set("O02", "kuznetsova.ev", "admin", DateTime.UtcNow);
        var cut = Render<CaseOwnersPage>();
        var rows = cut.FindAll("tr[data-unit]").Select(r => r.GetAttribute("data-unit")).ToList();

        var select = cut.FindComponents<MudSelect<string>>()[rows.IndexOf("O02")];
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(null));
        cut.Find("tr[data-unit='O02'] [data-test=save]").Click();

        Assert.DoesNotContain(Cases.Owners.List(), o => o.UnitCode == "O02");
        Assert.Contains("Соколов Игорь Владимирович — Филиал", Row(cut, "O02").QuerySelector("[data-test=routed]")!.TextContent);
        Detractor("R-2", "O02");
        Cases.Run(DateTime.UtcNow);
        Assert.Equal(("sokolov.iv", 1), Cases.List(new CaseFilter()).Select(i => (i.Owner, i.EscalationLevel)).Single());
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<CaseOwnersPage> cut, string unit) => cut.Find($"tr[data-unit='{unit}']");

    /// <summary>A published client-satisfaction questionnaire and one online response from the office with NPS 2.</summary>
    private void Detractor(string id, string office)
    {
        var forms = new FormService(_store.Store);
        using var c = _store.Store.Open();
        var definition = c.ExecuteScalar<string?>("SELECT id FROM form_definition WHERE code = 'client-satisfaction'");
        if (definition is null)
        {
            definition = forms.CreateFromTemplate("client-satisfaction", "client-satisfaction");
            forms.Publish(definition);
        }
        c.Execute("""
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ($id, $definition, 1, $office, 'online', $at);
            INSERT INTO answer (submission_id, item_code, value_num) VALUES ($id, 'nps', 2), ($id, 'csat', 4);
            """, new { id, definition, office, at = DateTime.UtcNow.AddHours(-1) });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _store.Dispose();
        base.Dispose(disposing);
    }
}
