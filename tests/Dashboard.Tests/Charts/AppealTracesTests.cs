using Dashboard.Appeals;
using Dashboard.Charts;
using Plotly.Blazor.Traces;

namespace Dashboard.Tests.Charts;

public class AppealTracesTests
{
    [Fact]
    public void Bars_PutsLargestOnTop_AndNamesEmptyTopic()
    {
        var bar = Assert.IsType<Bar>(Assert.Single(AppealTraces.Bars([new("a", "Тарифы", 9), new("", "", 4)], "n")));

        Assert.Equal(["—", "Тарифы"], bar.Y);
        Assert.Equal([4L, 9L], bar.X);
    }

    [Fact]
    public void Monthly_KeepsMonthOrder()
    {
        var line = Assert.IsType<Scatter>(Assert.Single(AppealTraces.Monthly([new("2025-01", "2025-01", 3), new("2025-02", "2025-02", 5)], "n")));

        Assert.Equal(["2025-01", "2025-02"], line.X);
        Assert.Equal([3L, 5L], line.Y);
    }

    /// <summary>D14: the running month is a separate hollow, dashed point named "неполный месяц", not the line's last point.</summary>
    [Fact]
    public void Monthly_MarksTheRunningMonth()
    {
        var traces = AppealTraces.Monthly([new("2026-10", "", 2200), new("2026-11", "", 2100), new("2026-12", "", 300)], "n",
            new DateOnly(2026, 12, 3), "неполный месяц");

        Assert.Equal(2, traces.Count);
        Assert.Equal(["2026-10", "2026-11"], Assert.IsType<Scatter>(traces[0]).X);
        var partial = Assert.IsType<Scatter>(traces[1]);
        Assert.Equal("неполный месяц", partial.Name);
        Assert.Equal(["2026-11", "2026-12"], partial.X);
        Assert.Equal("dash", partial.Line.Dash);
        Assert.Contains("неполный месяц", partial.HoverTemplate);
    }

    [Fact]
    public void Monthly_OfFinishedMonths_IsOneLine() =>
        Assert.Single(AppealTraces.Monthly([new("2026-10", "", 1), new("2026-11", "", 2)], "n", new DateOnly(2026, 12, 3), "x"));

    [Fact]
    public void Config_KeepsPngDownload_AndDropsLogo()
    {
        var config = AppealTraces.Config();
        Assert.False(config.DisplayLogo);
        Assert.True(config.Responsive);
    }
}
