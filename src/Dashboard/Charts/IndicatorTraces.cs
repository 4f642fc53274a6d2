using Dashboard.Overview;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>Sparklines of the overview: the monthly values as a bare line, the plan as a dashed line when there is one.</summary>
public static class IndicatorTraces
{
    public static IList<ITrace> Sparkline(IndicatorCard card)
    {
        var months = card.Monthly.Where(m => m.Value is not null).ToList();
        var traces = new List<ITrace>
        {
            new Scatter
            {
                Name = card.IndicatorId,
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                X = [.. months.Select(m => (object)m.Month)],
                Y = [.. months.Select(m => (object)Math.Round(m.Value!.Value, 4))],
            },
        };
        if (card.Plan is { } plan && months.Count > 0)
            traces.Add(new Scatter
            {
                Name = "plan",
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                X = [months[0].Month, months[^1].Month],
                Y = [plan, plan],
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Dash = "dash" },
            });
        return traces;
    }

    /// <summary>A sparkline keeps only Plotly's "download as PNG" button, shown on hover, so even the smallest chart downloads.</summary>
    public static Config SparkConfig() => new()
    {
        Responsive = true, DisplayLogo = false, DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.Hover,
        ModeBarButtons = new List<object> { new List<object> { "toImage" } },
    };

    public static Layout SparkLayout() => new()
    {
        Height = 90,
        ShowLegend = false,
        Margin = new Plotly.Blazor.LayoutLib.Margin { L = 4, R = 4, T = 4, B = 4 },
        XAxis = [new Plotly.Blazor.LayoutLib.XAxis { Visible = false }],
        YAxis = [new Plotly.Blazor.LayoutLib.YAxis { Visible = false }],
    };
}
