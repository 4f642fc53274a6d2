using Bunit;
using Dapper;
using Dashboard.Components.Pages.Trends;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class TrendsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public TrendsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1')");
        // One answered appeal a month through 2024 and 2025, so both years have a series.
        for (var m = 0; m < 24; m++)
        {
            var received = new DateTime(2024, 1, 10, 10, 0, 0).AddMonths(m);
            c.Execute("""
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
                VALUES ($no, 'O01', 'individual', 'post', 'complaint', $r, $r, $a, 'answered')
                """, new { no = $"A-{m}", r = received, a = received.AddDays(3 + m % 5) });
        }
    }

    [Fact]
    public void Page_ShowsTwelveMonths_WithPreviousYear_AndExport()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/trends?year=2025");

        var cut = Render<TrendsPage>();

        Assert.Equal(12, cut.FindAll("[data-table=trends] tbody tr").Count);
        Assert.Contains("янв 2025", cut.Find("[data-table=trends]").TextContent);
        Assert.NotEmpty(cut.Find("[data-test=trend-verdict]").TextContent);
        Assert.StartsWith("/api/trends?format=csv&from=2025-01-01&to=2025-12-31&indicator=", cut.Find("[data-test=export-trends] a[data-format=csv]").GetAttribute("href"));
    }

    /// <summary>
    /// D17: with a plan whose own k is 5 %, the band's legend gives that k and its п.п., while the caption under the
    /// chart explains the outcome with the methodology's k (30 %), the Indicators page's one legend.
    /// </summary>
    [Fact]
    public void Page_StatesTheTolerance_InTheBandLegendAndTheOutcomeCaption()
    {
        using (var c = _store.Store.Open())
            foreach (var indicator in new Analytics.Engine.Methodology.MethodologyRepository(_store.Store).Get().Indicators)
                c.Execute("INSERT INTO plan (scope_code, year, target, value, tolerance) VALUES ('C', 2025, $id, 0.9, 0.05)", new { id = indicator.Id });
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/trends?year=2025");

        var cut = Render<TrendsPage>();

        Assert.Equal(Analytics.Engine.Vocabulary.Numbers.OutcomeLegend(0.30), cut.Find("[data-test=outcome-legend]").TextContent.Trim());
        var band = cut.FindComponent<Plotly.Blazor.PlotlyChart>().Instance.Data.OfType<Plotly.Blazor.Traces.Scatter>()
            .Single(t => t.Fill is not null);
        Assert.Equal("План ± допуск 5\u00A0% от плана (±4,5\u00A0п.п.)", band.Name);
    }

    [Fact]
    public void Page_SaysWhatToDo_WhenYearHasNoData()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/trends?year=2001");

        var cut = Render<TrendsPage>();

        Assert.NotNull(cut.Find("[data-test=trends-empty]"));
    }
}
