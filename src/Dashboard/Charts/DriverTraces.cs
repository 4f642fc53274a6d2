using Analytics.Engine.Surveys;
using Analytics.Engine.Vocabulary;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>The importance × performance quadrant: each driver a dot; "fix first" (important and weak) in red.</summary>
public static class DriverTraces
{
    public static IList<ITrace> Quadrant(DriverResults d) =>
    [
        new Scatter
        {
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Text, ShowLegend = false,
            X = [.. d.Drivers.Select(x => (object)x.Performance)], Y = [.. d.Drivers.Select(x => (object)x.Importance)],
            TextArray = [.. d.Drivers.Select(x => BenchmarkTraces.Wrap(x.TextRu, 28))],
            TextPosition = Plotly.Blazor.Traces.ScatterLib.TextPositionEnum.TopCenter,
            HoverTemplate = "%{text}<br>%{x:.1%} / %{y:.1%}<extra></extra>",
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Size = 14, ColorArray = [.. d.Drivers.Select(x => (object)(x.FixFirst ? "#c62828" : "#1565c0"))] },
            ErrorY = new Plotly.Blazor.Traces.ScatterLib.ErrorY
            {
                Type = Plotly.Blazor.Traces.ScatterLib.ErrorYLib.TypeEnum.Data, Symmetric = false, Color = "#9e9e9e",
                Array = [.. d.Drivers.Select(x => (object)(x.High - x.Importance))], ArrayMinus = [.. d.Drivers.Select(x => (object)(x.Importance - x.Low))],
            },
        },
    ];

    /// <summary>Axes as shares; dashed lines at the median importance and performance split the four quadrants.</summary>
    public static Layout Layout(DriverResults d, string title, string xTitle, string yTitle)
    {
        var layout = AppealTraces.Layout(title, 520);
        layout.Margin = new Plotly.Blazor.LayoutLib.Margin { L = 70, R = 30, T = 50, B = 60 };
        // Room around the dots so their labels are not cut at the plot's edges.
        var (x0, x1) = d.Drivers.Count == 0 ? (0.0, 1.0) : (d.Drivers.Min(x => x.Performance) - 0.12, d.Drivers.Max(x => x.Performance) + 0.12);
        var y1 = d.Drivers.Count == 0 ? 1.0 : d.Drivers.Max(x => x.High) + 0.08;
        layout.XAxis = [new Plotly.Blazor.LayoutLib.XAxis { TickFormat = ".0%", Range = [x0, x1], Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle } }];
        layout.YAxis = [new Plotly.Blazor.LayoutLib.YAxis { TickFormat = ".0%", Range = [-0.03, y1], Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle } }];
        if (d.Drivers.Count > 0)
        {
            var (my, mx) = d.Medians;
            layout.Shapes =
            [
                new Plotly.Blazor.LayoutLib.Shape { Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line, XRef = "x", YRef = "paper", X0 = mx, X1 = mx, Y0 = 0, Y1 = 1, Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Dash = "dash", Color = "#9e9e9e" } },
                new Plotly.Blazor.LayoutLib.Shape { Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line, XRef = "paper", YRef = "y", X0 = 0, X1 = 1, Y0 = my, Y1 = my, Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Dash = "dash", Color = "#9e9e9e" } },
            ];
        }
        return layout;
    }
}
