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

    [Fact]
    public void Config_KeepsPngDownload_AndDropsLogo()
    {
        var config = AppealTraces.Config();
        Assert.False(config.DisplayLogo);
        Assert.True(config.Responsive);
    }
}
