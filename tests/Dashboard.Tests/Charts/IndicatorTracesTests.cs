using Dashboard.Charts;
using Dashboard.Overview;
using Plotly.Blazor.Traces;

namespace Dashboard.Tests.Charts;

public class IndicatorTracesTests
{
    [Fact]
    public void Sparkline_SkipsEmptyMonths_AndDrawsPlanAcross()
    {
        var card = new IndicatorCard("I1", 0.8, 0.7, 0.9, 40, 0.75, 1, [("2025-01", 0.81234567), ("2025-02", null), ("2025-03", 0.79)]);

        var traces = IndicatorTraces.Sparkline(card);

        var line = Assert.IsType<Scatter>(traces[0]);
        Assert.Equal(["2025-01", "2025-03"], line.X);
        Assert.Equal([0.8123, 0.79], line.Y);
        var plan = Assert.IsType<Scatter>(traces[1]);
        Assert.Equal([0.75, 0.75], plan.Y);
    }

    [Fact]
    public void Sparkline_HasNoPlanLine_WithoutPlan()
    {
        var card = new IndicatorCard("I2", null, null, null, 0, null, null, [("2025-01", 0.5)]);

        Assert.Single(IndicatorTraces.Sparkline(card));
    }

    [Fact]
    public void SparkConfig_KeepsOnlyThePngDownload()
    {
        var config = IndicatorTraces.SparkConfig();

        Assert.NotEqual(Plotly.Blazor.ConfigLib.DisplayModeBarEnum.False, config.DisplayModeBar);
        var buttons = Assert.IsType<List<object>>(Assert.Single(Assert.IsType<List<object>>(config.ModeBarButtons)));
        Assert.Equal("toImage", Assert.Single(buttons));
    }
}
