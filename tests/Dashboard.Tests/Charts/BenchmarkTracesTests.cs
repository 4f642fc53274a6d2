using Analytics.Engine.Benchmarks;
using Dashboard.Benchmarks;
using Dashboard.Charts;
using Plotly.Blazor.Traces;

namespace Dashboard.Tests.Charts;

public class BenchmarkTracesTests
{
    private static RankedUnit Unit(string name, double? value, double? lower, double? upper, int? rank) =>
        new(name, name, value, 50, lower, upper, rank, rank is null, null, null, null, false);

    [Fact]
    public void Ranking_DrawsOneIntervalPerUnit_AndBestOnTop()
    {
        var traces = BenchmarkTraces.Ranking([Unit("A", 0.9, 0.8, 0.95, 1), Unit("B", 0.7, null, null, 2), Unit("C", null, null, null, null)]);

        Assert.Equal(2, traces.Count); // A's interval line + the dots; B has no interval, C no value
        var dots = Assert.IsType<Scatter>(traces[^1]);
        Assert.Equal(["B", "A"], dots.Y);
        Assert.Equal([0.8, 0.95], Assert.IsType<Scatter>(traces[0]).X);
    }

    [Fact]
    public void Heatmap_HasOneRowPerUnit_AndOneColumnPerCriterion()
    {
        var data = new BenchmarkData([], null, [], ["Офис 1", "Офис 2"], ["K1", "K2", "K3"], [[1, 2, null], [4, 5, 6]]);

        var map = Assert.IsType<HeatMap>(Assert.Single(BenchmarkTraces.Heatmap(data)));

        Assert.Equal(2, map.Z.Count);
        Assert.Equal(["K1", "K2", "K3"], map.X);
    }
}
