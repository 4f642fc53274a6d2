using Bunit;
using Dapper;
using Dashboard.Components.Pages.Benchmark;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class BenchmarkPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public BenchmarkPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O02', 'office', 'B01', 'Офис 2'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
            VALUES ('A-1', 'O01', 'individual', 'post', 'complaint', TIMESTAMP '2025-02-03 10:00', TIMESTAMP '2025-02-03 10:00', TIMESTAMP '2025-02-10 10:00', 'answered'),
                   ('A-2', 'O02', 'individual', 'post', 'complaint', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-05 10:00', 'answered'),
                   ('A-3', 'O21', 'individual', 'post', 'complaint', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-05 10:00', 'answered');
            """);
    }

    [Fact]
    public void Page_RanksBranches_WithExportOfTheChosenItem()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/benchmark?year=2025&level=branch");

        var cut = Render<BenchmarkPage>();

        var text = cut.Find("[data-table=ranking]").TextContent;
        Assert.Contains("Филиал 1", text);
        Assert.Contains("Филиал 2", text);
        Assert.Contains("from=2025-01-01&to=2025-12-31&level=branch&item=", cut.Find("[data-test=export-ranking] a[data-format=csv]").GetAttribute("href"));
    }

    [Fact]
    public void Page_ComparesOnlyOwnOffices_ForBranchManager()
    {
        this.SignInAsBranchManager("bm", "B01");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/benchmark?year=2025&level=branch");

        var cut = Render<BenchmarkPage>();

        var text = cut.Find("[data-table=ranking]").TextContent;
        Assert.Contains("Офис 1", text);
        Assert.Contains("Офис 2", text);
        Assert.DoesNotContain("Офис 21", text);
        Assert.DoesNotContain("Филиал", text);
    }

    /// <summary>A running year is ranked on the months it has so far, and the page says so; a finished year is not marked.</summary>
    [Fact]
    public void RunningYear_IsMarkedAsPartial_WithItsMonths()
    {
        var today = Analytics.Engine.Time.DisplayTime.Default.Today;
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
                VALUES ('N-1', 'O01', 'individual', 'post', 'complaint', $at, $at, $at, 'answered'),
                       ('N-2', 'O21', 'individual', 'post', 'complaint', $at, $at, $at, 'answered')
                """, new { at = new DateTime(today.Year, 1, 1, 0, 5, 0) });
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/benchmark?year={today.Year}&level=branch");

        var cut = Render<BenchmarkPage>();

        var expected = Analytics.Engine.Vocabulary.PeriodLabels.PartialYear(today.Year, today)!;
        Assert.StartsWith("неполный год: янв", expected);
        Assert.Contains(expected, cut.Find("[data-test=partial-year]").TextContent);
        Assert.Contains(expected, cut.Find("[data-table=ranking] [data-test=table-footnote]").TextContent);
        Assert.Contains($"{today.Year}*", cut.Find("[data-table=ranking] h6").TextContent);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/benchmark?year=2025&level=branch");
        var finished = Render<BenchmarkPage>();
        Assert.Empty(finished.FindAll("[data-test=partial-year]"));
    }
}
