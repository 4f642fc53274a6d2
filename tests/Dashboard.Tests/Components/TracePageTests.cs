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
