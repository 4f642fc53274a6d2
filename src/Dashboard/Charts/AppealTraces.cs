using Dashboard.Appeals;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>Plotly traces of the appeals dashboard, built from the query result so they can be tested without a browser.</summary>
public static class AppealTraces
{
    /// <summary>Horizontal bars, largest on top (Plotly draws the first category at the bottom).</summary>
    public static IList<ITrace> Bars(IReadOnlyList<AppealCount> counts, string name) =>
    [
        new Bar
        {
            Name = name,
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = [.. counts.Reverse().Select(c => (object)(c.Label.Length == 0 ? "—" : c.Label))],
            X = [.. counts.Reverse().Select(c => (object)c.Count)],
        },
    ];

    /// <summary>
    /// Appeals per month as a line with markers. A month still running (as of <paramref name="today"/>, Moscow; the
    /// Engine's <see cref="Analytics.Engine.Time.Periods"/> rule) is drawn apart: a dashed segment to a hollow point,
    /// named <paramref name="partialName"/> in the legend and the hover, so a 3-day month does not read as a collapse (D14).
    /// </summary>
    public static IList<ITrace> Monthly(IReadOnlyList<AppealCount> months, string name, DateOnly? today = null, string partialName = "")
    {
        var partial = today is { } day && months.Count > 0 && !Analytics.Engine.Time.Periods.IsMonthKeyComplete(months[^1].Key, day);
        var full = partial ? months.Take(months.Count - 1).ToList() : months;
        IList<ITrace> traces =
        [
            new Scatter
            {
                Name = name,
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                X = [.. full.Select(m => (object)m.Key)],
                Y = [.. full.Select(m => (object)m.Count)],
            },
        ];
        if (!partial) return traces;
        var tail = months.Skip(Math.Max(0, months.Count - 2)).ToList();
        traces.Add(new Scatter
        {
            Name = partialName,
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Dash = "dash" },
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen, Size = 10 },
            X = [.. tail.Select(m => (object)m.Key)],
            Y = [.. tail.Select(m => (object)m.Count)],
            HoverTemplate = "%{x}: %{y} — " + partialName + "<extra></extra>",
        });
        return traces;
    }

    /// <summary>Chart settings shared by the dashboards: the toImage (PNG) button stays, the Plotly logo goes; Russian
    /// locale (month names, decimal comma) unless the interface is English.</summary>
    public static Config Config() => PlotlyLocale.Config();

    /// <summary>The title sits at the left, clear of the mode bar at the top right; y labels get the room they need.</summary>
    public static Layout Layout(string title, int height = 320) => new()
    {
        Title = new Plotly.Blazor.LayoutLib.Title { Text = title, X = 0, XAnchor = Plotly.Blazor.LayoutLib.TitleLib.XAnchorEnum.Left, XRef = Plotly.Blazor.LayoutLib.TitleLib.XRefEnum.Paper },
        Height = height,
        Margin = new Plotly.Blazor.LayoutLib.Margin { L = 160, R = 20, T = 50, B = 40 },
        YAxis = [new Plotly.Blazor.LayoutLib.YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
        Separators = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ".," : ",\u00A0",
    };
}
