using Bunit;
using Dapper;
using Dashboard.Components.Pages.Appeals;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class AppealsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    // By the Standard (30 calendar days for these channels): A-1 is overdue, A-2 is due tomorrow, A-3 answered.
    public AppealsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, channel, kind, received_at, registered_at, due_at, answered_at, status)
            VALUES ('A-1', 'O01', 'individual', 'Иванов Иван', 'email', 'complaint', $r40, $r40, $late, NULL, 'open'),
                   ('A-2', 'O01', 'legal', NULL, 'phone', 'information_request', $r29, $r29, $soon, NULL, 'open'),
                   ('A-3', 'O01', 'individual', NULL, 'email', 'complaint', $r, $r, $soon, $r, 'answered');
            """, new { r = DateTime.Now.AddDays(-10), r40 = DateTime.Now.AddDays(-40), r29 = DateTime.Now.AddDays(-29), late = DateTime.Now.AddDays(-2), soon = DateTime.Now.AddDays(1) });
    }

    [Fact]
    public void Page_ShowsCardsTablesAndExportLinks()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<AppealsPage>();

        Assert.Equal("3", cut.Find("[data-card=total] [data-test=value]").TextContent);
        Assert.Equal("1", cut.Find("[data-card=overdue] [data-test=value]").TextContent);
        Assert.Contains("A-1", cut.Find("[data-table=overdue]").TextContent);
        Assert.DoesNotContain("Иванов Иван", cut.Find("[data-table=overdue]").TextContent);
        Assert.Contains("A-2", cut.Find("[data-table=due-soon]").TextContent);
        var csv = cut.Find("[data-test=export-overdue] a[data-format=csv]").GetAttribute("href");
        Assert.StartsWith("/api/appeals/overdue?format=csv&from=", csv);
    }

    [Fact]
    public void Page_AppliesChannelFilter_FromQueryString()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/appeals?channel=phone");

        var cut = Render<AppealsPage>();

        Assert.Equal("1", cut.Find("[data-card=total] [data-test=value]").TextContent);
        Assert.Contains("channel=phone", cut.Find("[data-test=export-by-kind] a[data-format=xlsx]").GetAttribute("href"));
    }

    /// <summary>D20: the upload hint names the Imports page only to roles that may open it.</summary>
    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Designer, true)]
    [InlineData(Roles.Executive, false)]
    [InlineData(Roles.BranchManager, false)]
    public void Page_SaysWhatToDo_WhenPeriodHasNoAppeals(string role, bool mayImport)
    {
        this.SignInAs("someone", role);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/appeals?from=2001-01-01&to=2001-12-31");

        var cut = Render<AppealsPage>();

        var empty = cut.Find("[data-test=appeals-empty]").TextContent;
        Assert.Contains("Расширьте период", empty);
        Assert.Equal(mayImport, empty.Contains("Загрузка данных", StringComparison.Ordinal));
    }
}
