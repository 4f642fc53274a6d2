using Bunit;
using Dapper;
using Dashboard.Components.Pages.Indicators;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class IndicatorsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public IndicatorsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
            VALUES ('A-1', 'O01', 'individual', 'post', 'complaint', TIMESTAMP '2025-02-03 10:00', TIMESTAMP '2025-02-03 10:00', TIMESTAMP '2025-02-10 10:00', 'answered'),
                   ('A-2', 'O21', 'individual', 'post', 'complaint', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-05 10:00', 'answered');
            """);
    }

    [Fact]
    public void Page_ListsCriteriaWithN_ForTheCompany()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/indicators?year=2025&level=company");

        var cut = Render<IndicatorsPage>();

        Assert.Contains("Компания", cut.Find("[data-table=indicators]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-table=criteria] tbody tr"));
        Assert.Contains("from=2025-01-01&to=2025-12-31&level=company", cut.Find("[data-test=export-criteria] a[data-format=csv]").GetAttribute("href"));
    }

    [Fact]
    public void Page_GivesBranchManagerOnlyOwnBranch_EvenWhenAskingForCompany()
    {
        this.SignInAsBranchManager("bm", "B02");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/indicators?year=2025&level=company");

        var cut = Render<IndicatorsPage>();

        var text = cut.Find("[data-table=indicators]").TextContent;
        Assert.Contains("Филиал 2", text);
        Assert.DoesNotContain("Филиал 1", text);
        Assert.DoesNotContain("Компания", text);
    }

    [Fact]
    public void Page_SaysWhatToDo_WhenYearHasNoData()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/indicators?year=2001");

        var cut = Render<IndicatorsPage>();

        Assert.NotNull(cut.Find("[data-test=indicators-empty]"));
    }
}
