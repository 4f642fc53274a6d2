using Analytics.Engine.Benchmarks;
using Analytics.Engine.Vocabulary;
using Dashboard.Benchmarks;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>Benchmark charts: the ranking as dots with their 95 % interval, and the unit × criterion score heatmap.</summary>
public static class BenchmarkTraces
{
    /// <summary>Red is worse, green better: scores run 0…100 with the direction already applied.</summary>
    public static readonly object[] WorseRedBetterGreen = [new object[] { 0, "#c62828" }, new object[] { 0.5, "#fdd835" }, new object[] { 1, "#2e7d32" }];

    /// <summary>Ranked units top to bottom; each interval is a line from lower to upper bound behind the dot.
    /// Significantly worse units are red, significantly better green.</summary>
    public static IList<ITrace> Ranking(IReadOnlyList<RankedUnit> ranking)
    {
        var shown = ranking.Where(r => r.Value is not null).Reverse().ToList();
        var traces = new List<ITrace>();
        foreach (var r in shown.Where(r => r.Lower is not null && r.Upper is not null))
            traces.Add(new Scatter
            {
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, ShowLegend = false, HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Skip,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = "#9e9e9e" },
                X = [r.Lower!.Value, r.Upper!.Value], Y = [r.UnitName, r.UnitName],
            });
        traces.Add(new Scatter
        {
            Name = "value", Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers, ShowLegend = false,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
            {
                Size = 9,
                ColorArray = [.. shown.Select(r => (object)(!r.Significant ? "#1565c0" : r.DifferenceFromMedian > 0 ? "#2e7d32" : "#c62828"))],
            },
            X = [.. shown.Select(r => (object)r.Value!.Value)], Y = [.. shown.Select(r => (object)r.UnitName)],
        });
        return traces;
    }

    /// <summary>Units down, criteria (their Russian names, slanted on the axis) across; red = low score.</summary>
    public static IList<ITrace> Heatmap(BenchmarkData data, string? scoreTitle = null) =>
    [
        new HeatMap
        {
            X = [.. data.Criteria.Select(c => (object)Labels.Of(Vocab.Criterion, c))],
            Y = [.. data.Units.Cast<object>()],
            Z = [.. data.Matrix.Select(row => (object)row.Select(v => (object?)v).ToArray())],
            ColorScale = WorseRedBetterGreen, ZMin = 0, ZMax = 100, XGap = 1, YGap = 1,
            ColorBar = new Plotly.Blazor.Traces.HeatMapLib.ColorBar { Title = new Plotly.Blazor.Traces.HeatMapLib.ColorBarLib.Title { Text = scoreTitle } },
        },
    ];

    /// <summary>Long axis labels broken into lines of about <paramref name="width"/> characters so none is cut.</summary>
    public static string Wrap(string label, int width = 22)
    {
        if (label.Length <= width) return label;
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return string.Join("<br>", lines);
    }
}
