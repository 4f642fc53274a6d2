using SkiaSharp;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// Lays out a table row by row. A row that does not fit moves to a new page, where the header row is drawn
/// again first; rows are never split, so every value stays next to its labels.
/// </summary>
internal sealed class TableLayout(FontSet fonts, PageFlow flow)
{
    private const float Padding = 3f;
    private static readonly SKColor HeaderFill = new(0xE4, 0xEA, 0xF2);
    private static readonly SKColor EmphasisFill = new(0xF2, 0xF4, 0xF7);
    private static readonly SKColor Grid = new(0x9A, 0xA3, 0xAF);

    public void Place(TableBlock table)
    {
        var size = table.FontSize;
        var widths = ColumnWidths(table);
        var header = Measure(table.Columns.Select(c => c.Header).ToList(), widths, true, size);
        var rows = table.Rows.Select((r, i) => Measure(r, widths, table.EmphasizedRows.Contains(i), size)).ToList();

        flow.Space(4);
        var captionHeight = table.Caption is null ? 0 : CaptionHeight(table.Caption);
        var firstRow = rows.Count > 0 ? rows[0].Height : 0;
        flow.Ensure(captionHeight + header.Height + firstRow);
        if (table.Caption is { } caption) PlaceCaption(caption);

        DrawRow(header, table.Columns, widths, size, true, HeaderFill);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Height > flow.Remaining && !flow.AtTop)
            {
                flow.NewPage();
                DrawRow(header, table.Columns, widths, size, true, HeaderFill);
            }
            var emphasized = table.EmphasizedRows.Contains(i);
            DrawRow(rows[i], table.Columns, widths, size, emphasized, emphasized ? EmphasisFill : null);
        }
        flow.Y += 8;
    }

    private float[] ColumnWidths(TableBlock table)
    {
        var total = table.Columns.Sum(c => Math.Max(0.1f, c.Weight));
        return table.Columns.Select(c => flow.Width * Math.Max(0.1f, c.Weight) / total).ToArray();
    }

    private MeasuredRow Measure(IReadOnlyList<string> cells, float[] widths, bool bold, float size)
    {
        var lines = new List<string>[widths.Length];
        for (var i = 0; i < widths.Length; i++)
            lines[i] = TextWrapper.Wrap(fonts, i < cells.Count ? cells[i] ?? "" : "", bold, size, widths[i] - 2 * Padding);
        var height = lines.Max(l => l.Count) * FontSet.LineHeight(size) + 2 * Padding;
        return new MeasuredRow(lines, height);
    }

    private void DrawRow(MeasuredRow row, IReadOnlyList<TableColumn> columns, float[] widths, float size, bool bold, SKColor? fill)
    {
        var (top, left, height) = (flow.Y, flow.Left, row.Height);
        flow.Draw(c =>
        {
            using var grid = new SKPaint { Color = Grid, StrokeWidth = 0.4f, IsStroke = true, IsAntialias = true };
            var x = left;
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = SKRect.Create(x, top, widths[i], height);
                if (fill is { } color) c.DrawRect(cell, fonts.Paint(color));
                c.DrawRect(cell, grid);
                var align = columns[i].Align;
                var textX = align switch
                {
                    TextAlign.Right => x + widths[i] - Padding,
                    TextAlign.Center => x + widths[i] / 2,
                    _ => x + Padding,
                };
                for (var l = 0; l < row.Lines[i].Count; l++)
                {
                    var baseline = top + Padding + FontSet.Ascent(size) + l * FontSet.LineHeight(size);
                    fonts.Draw(c, row.Lines[i][l], textX, baseline, bold, size, BlockLayout.Ink, align);
                }
                x += widths[i];
            }
        });
        flow.Y += height;
    }

    private float CaptionHeight(string caption) =>
        TextWrapper.Wrap(fonts, caption, true, 9.5f, flow.Width).Count * FontSet.LineHeight(9.5f) + 3;

    private void PlaceCaption(string caption)
    {
        foreach (var line in TextWrapper.Wrap(fonts, caption, true, 9.5f, flow.Width))
        {
            var (x, baseline) = (flow.Left, flow.Y + FontSet.Ascent(9.5f));
            flow.Draw(c => fonts.Draw(c, line, x, baseline, true, 9.5f, BlockLayout.Ink));
            flow.Y += FontSet.LineHeight(9.5f);
        }
        flow.Y += 3;
    }

    private sealed record MeasuredRow(List<string>[] Lines, float Height);
}
