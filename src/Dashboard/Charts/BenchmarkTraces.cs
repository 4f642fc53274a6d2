using Analytics.Engine.Benchmarks;
using Dashboard.Benchmarks;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>Benchmark charts: the ranking as dots with their 95 % interval, and the unit × criterion score heatmap.</summary>
public static class BenchmarkTraces
{
    /// <summary>Ranked units top to bottom; each interval is a line from lower to upper bound behind the dot.</summary>
    public static IList<ITrace> Ranking(IReadOnlyList<RankedUnit> ranking)
    {
        var shown = ranking.Where(r => r.Value is not null).Reverse().ToList();
        var traces = new List<ITrace>();
        foreach (var r in shown.Where(r => r.Lower is not null && r.Upper is not null))
            traces.Add(new Scatter
            {
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, ShowLegend = false,
                X = [r.Lower!.Value, r.Upper!.Value], Y = [r.UnitName, r.UnitName],
            });
        traces.Add(new Scatter
        {
            Name = "value", Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers, ShowLegend = false,
            X = [.. shown.Select(r => (object)r.Value!.Value)], Y = [.. shown.Select(r => (object)r.UnitName)],
        });
        return traces;
    }

    public static IList<ITrace> Heatmap(BenchmarkData data) =>
    [
        new HeatMap
        {
            X = [.. data.Criteria.Cast<object>()],
            Y = [.. data.Units.Cast<object>()],
            Z = [.. data.Matrix.Select(row => (object)row.Select(v => (object?)v).ToArray())],
        },
    ];
}
