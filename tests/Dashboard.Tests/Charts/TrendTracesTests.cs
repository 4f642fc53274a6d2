using Dashboard.Charts;
using Dashboard.Trends;
using Plotly.Blazor.Traces;

namespace Dashboard.Tests.Charts;

public class TrendTracesTests
{
    private static TrendData Data(double? plan, double? tolerance = null) => new(2025, ["I1"], "I1", "К",
        [.. Enumerable.Range(1, 12).Select(m => new TrendPoint(m, m <= 6 ? 0.5 + m / 100.0 : null, 0.4))], plan, Analytics.Engine.Indicators.OrgLevel.Company, null, null, tolerance);

    [Fact]
    public void Series_DrawsThisYearLastYearAndPlan()
    {
        var traces = TrendTraces.Series(Data(0.55), "2025", "2024", "План");

        Assert.Equal(3, traces.Count);
        var plan = Assert.IsType<Scatter>(traces[2]);
        Assert.Equal(["янв", "дек"], plan.X);
        Assert.Equal([0.55, 0.55], plan.Y);
        Assert.Equal(12, Assert.IsType<Scatter>(traces[0]).Y.Count);
    }

    /// <summary>D14: the running month of this year is ringed and named in the legend; a finished year has no such mark.</summary>
    [Fact]
    public void Series_MarksTheRunningMonth()
    {
        var running = TrendTraces.Series(Data(null), "2025", "2024", "План", today: new DateOnly(2025, 6, 3), partialName: "неполный месяц");
        var finished = TrendTraces.Series(Data(null), "2025", "2024", "План", today: new DateOnly(2026, 1, 3), partialName: "неполный месяц");

        var mark = Assert.IsType<Scatter>(running[^1]);
        Assert.Equal("неполный месяц", mark.Name);
        Assert.Equal(["июн"], mark.X);
        Assert.Equal(2, finished.Count);
    }

    [Fact]
    public void Series_FillsToleranceBand_AroundPlan()
    {
        var traces = TrendTraces.Series(Data(0.5, 0.2), "2025", "2024", "План");

        Assert.Equal(5, traces.Count);
        Assert.Equal([0.4, 0.4], Assert.IsType<Scatter>(traces[2]).Y);
        var upper = Assert.IsType<Scatter>(traces[3]);
        Assert.Equal([0.6, 0.6], upper.Y);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.FillEnum.ToNextY, upper.Fill);
        Assert.Equal("План ± допуск 20\u00A0% от плана (±10,0\u00A0п.п.)", upper.Name);
    }

    /// <summary>D17: k = 0,30 around a 93 % plan would run 65,1–120,9 %; a share stops at 100 %, and the legend says k and its п.п.</summary>
    [Fact]
    public void Series_ClipsTheBandAtHundredPercent_AndNamesTheTolerance()
    {
        var traces = TrendTraces.Series(Data(0.93, 0.30), "2025", "2024", "План", bandName: "План ± допуск");

        var lower = Assert.IsType<Scatter>(traces[2]);
        var upper = Assert.IsType<Scatter>(traces[3]);
        Assert.Equal(0.651, (double)lower.Y[0]!, 6);
        Assert.Equal([1.0, 1.0], upper.Y);
        Assert.Equal("План ± допуск 30\u00A0% от плана (±27,9\u00A0п.п.)", upper.Name);
        Assert.Equal("rgba(76, 175, 80, 0.08)", upper.FillColor);
    }

    /// <summary>D17: the y axis fits the values and the plan (with 5 п.п. to spare), not the band; within 0…100 %.</summary>
    [Fact]
    public void YRange_FitsTheDataAndPlan_NotTheBand()
    {
        // This year 51–56 %, last year 40 %, plan 93 % with a ±27,9 п.п. band.
        var range = TrendTraces.YRange(Data(0.93, 0.30))!;

        Assert.Equal(0.35, (double)range[0], 6);
        Assert.Equal(0.98, (double)range[1], 6);
        Assert.Equal(1.0, (double)TrendTraces.YRange(Data(0.99, 0.30))![1], 6);
        Assert.Null(TrendTraces.YRange(new TrendData(2025, [], null, "К", [], null, Analytics.Engine.Indicators.OrgLevel.Company, null, null)));
    }

    [Fact]
    public void Series_HasNoPlanLine_WithoutPlan() => Assert.Equal(2, TrendTraces.Series(Data(null), "2025", "2024", "План").Count);

    [Fact]
    public void YoY_IsDifferenceFromSameMonthLastYear_OrNull()
    {
        Assert.Equal(0.1, new TrendPoint(1, 0.5, 0.4).YoY!.Value, 10);
        Assert.Null(new TrendPoint(1, null, 0.4).YoY);
    }

    [Fact]
    public void Series_MarksASignificantTrend_WithSensSlopeAndItsPValue()
    {
        var rising = Analytics.Engine.Statistics.Trend.MannKendall([.. Enumerable.Range(0, 24).Select(i => 0.3 + i / 100.0)])!;
        var flat = Analytics.Engine.Statistics.Trend.MannKendall([.. Enumerable.Range(0, 24).Select(i => 0.5 + (i % 2) / 100.0)])!;

        var marked = TrendTraces.Series(Data(null) with { Trend = rising }, "2025", "2024", "План", "Значимый тренд");
        var unmarked = TrendTraces.Series(Data(null) with { Trend = flat }, "2025", "2024", "План", "Значимый тренд");

        var line = Assert.IsType<Scatter>(marked[^1]);
        Assert.StartsWith("Значимый тренд (p = 0,0", line.Name);
        Assert.Equal(0.42, (double)line.Y[0]!, 3);   // intercept + slope · 12: the line over this year's months
        Assert.Equal(2, unmarked.Count);
    }
}
