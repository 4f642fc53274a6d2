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

    /// <summary>Appeals per month as a line with markers.</summary>
    public static IList<ITrace> Monthly(IReadOnlyList<AppealCount> months, string name) =>
    [
        new Scatter
        {
            Name = name,
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            X = [.. months.Select(m => (object)m.Key)],
            Y = [.. months.Select(m => (object)m.Count)],
        },
    ];

    /// <summary>Chart settings shared by the dashboards: the toImage (PNG) button stays, the Plotly logo goes.</summary>
    public static Config Config() => new() { Responsive = true, DisplayLogo = false };

    public static Layout Layout(string title) => new()
    {
        Title = new Plotly.Blazor.LayoutLib.Title { Text = title },
        Height = 320,
        Margin = new Plotly.Blazor.LayoutLib.Margin { L = 160, R = 20, T = 40, B = 40 },
    };
}
