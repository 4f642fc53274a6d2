using Dashboard.Trends;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Dashboard.Charts;

/// <summary>
/// The trend chart: this year, last year (dotted), the tolerance band, the plan as a dashed line and — when the
/// Mann–Kendall test over the two years is significant — Sen's slope over this year, named with its p-value.
/// </summary>
public static class TrendTraces
{
    public static IList<ITrace> Series(TrendData data, string thisYear, string lastYear, string plan, string? significant = null,
        string? bandName = null, System.Globalization.CultureInfo? culture = null, DateOnly? today = null, string? partialName = null)
    {
        // Month names ("янв" … "дек"), not 1…12: the axis is categorical so Plotly keeps them as given.
        var months = data.Points.Select(p => (object)PlotlyLocale.Month(p.Month, culture)).ToList();
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
            // Tolerance band plan·(1 ± k): inside it the outcome is "achieved" (PlanService.Outcome). An indicator is a
            // share 0…1 (IndicatorRollup), so the band stops at 0 and 100 % — a share cannot pass them (D17). Drawn
            // faintly: it is context for the plan line, not a figure; the legend gives k and its width in п.п.
            var (lower, upper) = (Math.Max(0, band * (1 - k)), Math.Min(1, band * (1 + k)));
            traces.Add(new Scatter { Name = plan + " −k", Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, ShowLegend = false,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Width = 0 }, X = [months[0], months[^1]], Y = [lower, lower], HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Skip });
            traces.Add(new Scatter { Name = (bandName ?? plan + " ± допуск") + " " + Analytics.Engine.Vocabulary.Numbers.Tolerance(k, band, culture),
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Width = 0 }, Fill = Plotly.Blazor.Traces.ScatterLib.FillEnum.ToNextY,
                FillColor = "rgba(76, 175, 80, 0.08)", X = [months[0], months[^1]], Y = [upper, upper], HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Skip });
        }
        if (data.Plan is { } value)
            traces.Add(new Scatter { Name = plan, Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Dash = "dash" }, X = [months[0], months[^1]], Y = [value, value] });
        if (significant is not null && data.Trend is { } mk && mk.HasTrend())
            // The test's periods are last year's months 0…11 then this year's 12…23; the line is drawn over this year.
            traces.Add(new Scatter
            {
                Name = $"{significant} (p = {Analytics.Engine.Vocabulary.Numbers.Decimal(mk.PValue, 3, culture)})",
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Dash = "dashdot", Width = 3, Color = mk.SenSlope > 0 ? "#2e7d32" : "#c62828" },
                X = months, Y = [.. Enumerable.Range(12, 12).Select(i => (object?)Math.Round(mk.Intercept + mk.SenSlope * i, 4))],
            });
        // D14: this year's running month (Moscow today, the Engine's Periods rule) is ringed and named "неполный месяц".
        if (today is { } day && data.Year == day.Year && !Analytics.Engine.Time.Periods.IsMonthComplete(day.Year, day.Month, day)
            && data.Points.FirstOrDefault(p => p.Month == day.Month) is { Value: { } running })
            traces.Add(new Scatter
            {
                Name = partialName ?? "", Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen, Size = 14 },
                X = [PlotlyLocale.Month(day.Month, culture)], Y = [running],
                HoverTemplate = "%{x}: %{y} — " + partialName + "<extra></extra>",
            });
        return traces;
    }

    /// <summary>
    /// The y range fitted to what is read — both years' values and the plan — not to the tolerance band, which would
    /// otherwise stretch the axis to 65–121 % and flatten the lines (D17). Padded by 5 п.п. and kept within 0…100 %;
    /// null with nothing to show (Plotly's autorange then).
    /// </summary>
    public static object[]? YRange(TrendData data)
    {
        var values = data.Points.SelectMany(p => new[] { p.Value, p.PreviousYear }).Append(data.Plan)
            .OfType<double>().Where(double.IsFinite).ToList();
        if (values.Count == 0) return null;
        const double pad = 0.05;
        return [Math.Max(0, values.Min() - pad), Math.Min(1, values.Max() + pad)];
    }
}
