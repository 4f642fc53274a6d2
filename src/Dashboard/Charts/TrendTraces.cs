using Dashboard.Trends;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>The trend chart: this year, last year (dotted), the tolerance band and the plan as a dashed line.</summary>
public static class TrendTraces
{
    public static IList<ITrace> Series(TrendData data, string thisYear, string lastYear, string plan)
    {
        var months = data.Points.Select(p => (object)$"{p.Month:00}").ToList();
        var traces = new List<ITrace>
        {
            new Scatter { Name = thisYear, Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                X = months, Y = [.. data.Points.Select(p => (object?)p.Value)] },
            new Scatter { Name = lastYear, Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Dash = "dot" },
                X = months, Y = [.. data.Points.Select(p => (object?)p.PreviousYear)] },
        };
        if (data.Plan is { } band && data.Tolerance is { } k && k > 0)
        {
            // Tolerance band plan·(1 ± k): inside it the outcome is "achieved" (PlanService.Outcome).
            traces.Add(new Scatter { Name = plan + " −k", Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, ShowLegend = false,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Width = 0 }, X = [months[0], months[^1]], Y = [band * (1 - k), band * (1 - k)] });
            traces.Add(new Scatter { Name = plan + " ±k", Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Width = 0 }, Fill = Plotly.Blazor.Traces.ScatterLib.FillEnum.ToNextY,
                FillColor = "rgba(76, 175, 80, 0.15)", X = [months[0], months[^1]], Y = [band * (1 + k), band * (1 + k)] });
        }
        if (data.Plan is { } value)
            traces.Add(new Scatter { Name = plan, Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Dash = "dash" }, X = [months[0], months[^1]], Y = [value, value] });
        return traces;
    }
}
