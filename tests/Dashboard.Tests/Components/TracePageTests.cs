using Bunit;
using Dapper;
using Dashboard.Components.Pages.Methodology;
using Dashboard.Tests.Support;
using Dashboard.Users;
using MudBlazor;

namespace Dashboard.Tests.Components;

public class TracePageTests : BunitContext
{
    private readonly TestStore _store = new();

    public TracePageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at)
            VALUES ('O1', 'A1', TIMESTAMP '2025-03-03 09:00', TIMESTAMP '2025-03-03 09:10', TIMESTAMP '2025-03-03 09:20')
            """);
    }

    [Fact]
    public void Page_ListsEveryCriterionWithItsClause_AndWhetherTheStoreHasItsData()
    {
        this.SignInAs("quality", Roles.Designer);

        var cut = Render<TracePage>();

        var wait = cut.Find("tr[data-criterion='exec.queue_wait']").TextContent;
        Assert.Contains("001 §2.1.5", wait);
        Assert.Contains("queue_visit", wait);
        Assert.Contains("есть", wait);
        Assert.Contains("нет", cut.Find("tr[data-criterion='inf.equipment']").TextContent);
        Assert.Contains("003 Таблица 5", cut.Find("tr[data-item='centre-equipment/kiosk']").TextContent);
    }

    [Fact]
    public void Clauses_AreCitedInRussianAsTheDeclarationCitesThem_WithTheWorkingNoteAsAReference()
    {
        this.SignInAs("quality", Roles.Designer);

        var cut = Render<TracePage>();

        // «003 Table 10» is the methodology's working note: the reader gets the Declaration's citation, the note stays a reference.
        var website = cut.Find("tr[data-criterion='inf.website']");
        Assert.Contains("Требования к ЦОК, табл. 10", website.TextContent);
        var cells = website.QuerySelectorAll("td")[2];
        Assert.Contains("003 Table 10", cells.QuerySelector(".code-ref")!.TextContent);
        var visible = cells.TextContent.Replace(cells.QuerySelector(".code-ref")!.TextContent, "", StringComparison.Ordinal);
        Assert.DoesNotContain("Table", visible, StringComparison.Ordinal);
        Assert.Contains("Требования к ЦОК, табл. 5", cut.Find("tr[data-item='centre-equipment/kiosk']").TextContent);
    }

    [Fact]
    public void WithoutDataSwitch_HidesCriteriaThatHaveData()
    {
        this.SignInAs("exec", Roles.Executive);
        var cut = Render<TracePage>();
        var all = cut.FindAll("tr[data-criterion]").Count;

        cut.FindComponent<MudSwitch<bool>>().Find("input").Change(true);

        Assert.Empty(cut.FindAll("tr[data-criterion='exec.queue_wait']"));
        Assert.InRange(cut.FindAll("tr[data-criterion]").Count, 1, all - 1);
    }
}
