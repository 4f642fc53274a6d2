using System.Globalization;
using SkiaSharp;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// Draws line and bar charts as vector paths straight onto the page: crisp at any zoom, a few kilobytes each,
/// and the labels stay real (extractable) text in the document font.
/// </summary>
internal sealed class ChartPainter(FontSet fonts)
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly SKColor[] Palette =
    [
        new(0x1F, 0x77, 0xB4), new(0xFF, 0x7F, 0x0E), new(0x2C, 0xA0, 0x2C), new(0xD6, 0x27, 0x28),
        new(0x94, 0x67, 0xBD), new(0x8C, 0x56, 0x4B), new(0x17, 0xBE, 0xCF), new(0x7F, 0x7F, 0x7F),
    ];
    private static readonly SKColor Axis = new(0x6B, 0x72, 0x80);
    private static readonly SKColor GridColor = new(0xE3, 0xE6, 0xEA);
    private static readonly SKColor ReferenceColor = new(0xC0, 0x39, 0x2B);

    public void Paint(SKCanvas canvas, ChartSpec chart, SKRect area)
    {
        fonts.Draw(canvas, chart.Title, area.Left, area.Top + 10, true, 9.5f, BlockLayout.Ink);
        var legendHeight = chart.Series.Count > 1 || chart.References.Count > 0 ? 16f : 0f;
        var plot = new SKRect(area.Left + 40, area.Top + 22, area.Right - 8, area.Bottom - 22 - legendHeight);
        var (min, max) = Range(chart);
        var ticks = Ticks(min, max, chart.Counts);
        (min, max) = (ticks[0], ticks[^1]);
        float Y(double v) => (float)(plot.Bottom - (v - min) / (max - min) * plot.Height);

        using var gridPen = new SKPaint { Color = GridColor, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        using var axisPen = new SKPaint { Color = Axis, StrokeWidth = 0.7f, IsStroke = true, IsAntialias = true };
        foreach (var tick in ticks)
        {
            canvas.DrawLine(plot.Left, Y(tick), plot.Right, Y(tick), gridPen);
            fonts.Draw(canvas, Format(tick), plot.Left - 4, Y(tick) + 2.5f, false, 7f, Axis, TextAlign.Right);
        }
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, axisPen);
        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axisPen);
        if (chart.YLabel is { } label) fonts.Draw(canvas, label, area.Left, plot.Top - 4, false, 7f, Axis);

        var n = Math.Max(1, chart.Categories.Count);
        var step = plot.Width / n;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(n / (plot.Width / 26f)));
        for (var i = 0; i < chart.Categories.Count; i += labelEvery)
            fonts.Draw(canvas, chart.Categories[i], plot.Left + step * (i + 0.5f), plot.Bottom + 10, false, 7f, Axis, TextAlign.Center);

        if (chart.Kind == ChartKind.Bar) PaintBars(canvas, chart, plot, step, Y, min);
        else PaintLines(canvas, chart, plot, step, Y);

        using var referencePen = new SKPaint
        {
            Color = ReferenceColor, StrokeWidth = 0.9f, IsStroke = true, IsAntialias = true,
            PathEffect = SKPathEffect.CreateDash([4f, 3f], 0),
        };
        foreach (var reference in chart.References)
            canvas.DrawLine(plot.Left, Y(reference.Value), plot.Right, Y(reference.Value), referencePen);

        PaintLegend(canvas, chart, new SKPoint(plot.Left, area.Bottom - 6));
    }

    private void PaintLines(SKCanvas canvas, ChartSpec chart, SKRect plot, float step, Func<double, float> y)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = Palette[s % Palette.Length];
            using var pen = new SKPaint { Color = color, StrokeWidth = 1.4f, IsStroke = true, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
            using var path = new SKPath();
            var open = false;
            var values = chart.Series[s].Values;
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v) { open = false; continue; }
                var point = new SKPoint(plot.Left + step * (i + 0.5f), y(v));
                if (open) path.LineTo(point); else path.MoveTo(point);
                open = true;
                canvas.DrawCircle(point, 1.8f, fonts.Paint(color));
            }
            canvas.DrawPath(path, pen);
        }
    }

    private void PaintBars(SKCanvas canvas, ChartSpec chart, SKRect plot, float step, Func<double, float> y, double min)
    {
        var groups = Math.Max(1, chart.Series.Count);
        var barWidth = step * 0.75f / groups;
        var baseline = y(Math.Max(0, min));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var values = chart.Series[s].Values;
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v) continue;
                var x = plot.Left + step * i + step * 0.125f + barWidth * s;
                var top = y(v);
                canvas.DrawRect(new SKRect(x, Math.Min(top, baseline), x + barWidth * 0.92f, Math.Max(top, baseline)), fonts.Paint(Palette[s % Palette.Length]));
            }
        }
    }

    private void PaintLegend(SKCanvas canvas, ChartSpec chart, SKPoint origin)
    {
        if (chart.Series.Count <= 1 && chart.References.Count == 0) return;
        var x = origin.X;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            canvas.DrawRect(SKRect.Create(x, origin.Y - 6, 8, 6), fonts.Paint(Palette[s % Palette.Length]));
            fonts.Draw(canvas, chart.Series[s].Name, x + 11, origin.Y, false, 7f, BlockLayout.Ink);
            x += 22 + fonts.Measure(chart.Series[s].Name, false, 7f);
        }
        foreach (var reference in chart.References)
        {
            canvas.DrawRect(SKRect.Create(x, origin.Y - 3.5f, 8, 1.2f), fonts.Paint(ReferenceColor));
            var text = $"{reference.Label}: {Format(reference.Value)}";
            fonts.Draw(canvas, text, x + 11, origin.Y, false, 7f, BlockLayout.Ink);
            x += 22 + fonts.Measure(text, false, 7f);
        }
    }

    private static (double Min, double Max) Range(ChartSpec chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).OfType<double>()
            .Concat(chart.References.Select(r => r.Value)).ToList();
        var min = chart.YMin ?? Math.Min(0, values.Count == 0 ? 0 : values.Min());
        var max = chart.YMax ?? (values.Count == 0 ? 1 : values.Max());
        if (max <= min) max = min + 1;
        return (min, max);
    }

    /// <summary>Round tick values ("nice numbers": 1, 2, 2.5, 5 × 10^k) covering the range with about five steps.</summary>
    /// <remarks>For counts the step is a whole number of at least 1 (2.5 is left out: a count has no halves).</remarks>
    internal static double[] Ticks(double min, double max, bool counts = false)
    {
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (counts ? new[] { 1, 2, 5, 10.0 } : new[] { 1, 2, 2.5, 5, 10 }).Select(m => m * magnitude).First(s => s >= raw);
        if (counts) step = Math.Max(1, Math.Round(step));
        var start = Math.Floor(min / step) * step;
        var end = Math.Ceiling(max / step) * step;
        var count = (int)Math.Round((end - start) / step) + 1;
        return Enumerable.Range(0, count).Select(i => Math.Round(start + i * step, 10)).ToArray();
    }

    private static string Format(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", Ru);
}
