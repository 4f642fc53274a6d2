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

public class IndicatorsPartialPeriodTests : BunitContext
{
    private readonly TestStore _store = new();

    public IndicatorsPartialPeriodTests()
    {
        this.AddDashboardServices(_store.Store);
        // "Today" is 15.03.2025 (Moscow): March and the first quarter are still running.
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 15, 9, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(new Analytics.Engine.Time.DisplayTime(null, clock));
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
            VALUES ('A-1', 'O01', 'individual', 'post', 'complaint', TIMESTAMP '2025-02-03 10:00', TIMESTAMP '2025-02-03 10:00', TIMESTAMP '2025-02-10 10:00', 'answered'),
                   ('A-2', 'O01', 'individual', 'post', 'complaint', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-05 10:00', 'answered');
            """);
    }

    [Fact]
    public void MonthlyView_MarksTheRunningMonth_AndFootnotesTheTable()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/indicators?from=2025-01-01&to=2025-03-31&level=company&by=month");

        var cut = Render<IndicatorsPage>();

        var periods = cut.FindAll("[data-table=indicators] tbody tr").Select(r => r.Children[0].TextContent).Distinct().ToList();
        Assert.Contains("мар 2025*", periods);
        Assert.Contains("фев 2025", periods);
        Assert.Equal("* период не завершён: данные по 15.03.2025", cut.Find("[data-table=indicators] [data-test=table-footnote]").TextContent);
        Assert.NotNull(cut.Find("[data-table=criteria] [data-test=table-footnote]"));
    }

    [Fact]
    public void QuarterlyView_MarksTheRunningQuarter_FinishedMonthHasNoFootnote()
    {
        this.SignInAs("exec", Roles.Executive);
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("/indicators?from=2025-01-01&to=2025-03-31&level=company&by=quarter");

        var cut = Render<IndicatorsPage>();

        Assert.Equal("I кв. 2025*", cut.Find("[data-table=indicators] tbody tr").Children[0].TextContent);
        Assert.Contains("by=quarter", cut.Find("[data-test=export-indicators] a[data-format=csv]").GetAttribute("href"));

        nav.NavigateTo("/indicators?from=2025-02-01&to=2025-02-28&level=company&by=month");
        var past = Render<IndicatorsPage>();
        Assert.Equal("фев 2025", past.Find("[data-table=indicators] tbody tr").Children[0].TextContent);
        Assert.Empty(past.FindAll("[data-test=table-footnote]"));
    }
}
