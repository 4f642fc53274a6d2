using Dashboard.Charts;
using Dashboard.Trends;
using Plotly.Blazor.Traces;

namespace Dashboard.Tests.Charts;

public class TrendTracesTests
{
    private static TrendData Data(double? plan) => new(2025, ["I1"], "I1", "К",
        [.. Enumerable.Range(1, 12).Select(m => new TrendPoint(m, m <= 6 ? 0.5 + m / 100.0 : null, 0.4))], plan, null);

    [Fact]
    public void Series_DrawsThisYearLastYearAndPlan()
    {
        var traces = TrendTraces.Series(Data(0.55), "2025", "2024", "План");

        Assert.Equal(3, traces.Count);
        var plan = Assert.IsType<Scatter>(traces[2]);
        Assert.Equal(["01", "12"], plan.X);
        Assert.Equal([0.55, 0.55], plan.Y);
        Assert.Equal(12, Assert.IsType<Scatter>(traces[0]).Y.Count);
    }

    [Fact]
    public void Series_HasNoPlanLine_WithoutPlan() => Assert.Equal(2, TrendTraces.Series(Data(null), "2025", "2024", "План").Count);

    [Fact]
    public void YoY_IsDifferenceFromSameMonthLastYear_OrNull()
    {
        Assert.Equal(0.1, new TrendPoint(1, 0.5, 0.4).YoY!.Value, 10);
        Assert.Null(new TrendPoint(1, null, 0.4).YoY);
    }
}
