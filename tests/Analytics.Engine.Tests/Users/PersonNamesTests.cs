using Analytics.Engine.Actions;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Users;

namespace Analytics.Engine.Tests.Users;

/// <summary>
/// One rule names an owner: a user's login by their ФИО, anything else as stored. The Declaration's improvement
/// programme, the annual report's list and the pages (through PersonNames) print the same name for the same action.
/// </summary>
public class PersonNamesTests
{
    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        new UserStore(db.Store).Insert("ivanova.aa", "Иванова Анна Александровна", "", [new UserRole("Auditor", null)], "test", new DateTime(2025, 1, 10));
        var actions = new CorrectiveActionService(db.Store);
        actions.Open(new NewCorrectiveAction(ActionSource.Other, "t-1", "Обновить стенды", "ivanova.aa", new DateOnly(2025, 6, 30)), "test");
        // An owner typed before accounts existed: no user has this login, so it is printed as stored.
        actions.Open(new NewCorrectiveAction(ActionSource.Other, "t-2", "Обучить операторов", "Петров П. П.", new DateOnly(2025, 7, 31)), "test");
        return db;
    }

    [Fact]
    public void A_login_is_named_by_its_fio_and_anything_else_as_stored()
    {
        using var db = Store();
        var names = new PersonNames(db.Store);

        Assert.Equal("Иванова Анна Александровна", names.Of("ivanova.aa"));
        Assert.Equal("Иванова Анна Александровна", names.Of("IVANOVA.AA"));   // logins are case-insensitive, as at sign-in
        Assert.Equal("Петров П. П.", names.Of("Петров П. П."));
        Assert.Equal("", names.Of(null));
    }

    [Fact]
    public void The_declaration_and_the_annual_report_print_owners_as_the_pages_do()
    {
        using var db = Store();
        var names = new PersonNames(db.Store).All();
        var pages = new CorrectiveActionService(db.Store).List(new ActionFilter()).OrderBy(a => a.DueOn)
            .Select(a => PersonNames.Of(names, a.Owner)).ToList();

        var annual = ReportFacts.Gather(db.Store, null, 2025, new ReportOptions()).CorrectiveActions.Select(a => a.Owner).ToList();
        var declaration = new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build(null, 2025)
            .Programme.Select(m => m.Owner).ToList();

        Assert.Equal(["Иванова Анна Александровна", "Петров П. П."], pages);
        Assert.Equal(pages, annual);
        Assert.Equal(pages, declaration);
    }
}
