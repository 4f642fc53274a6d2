using SkiaSharp;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>Places each kind of block into the page flow; tables and charts have their own layouts.</summary>
internal sealed class BlockLayout(FontSet fonts, PageFlow flow)
{
    internal static readonly SKColor Ink = new(0x1D, 0x23, 0x2B);
    internal static readonly SKColor Muted = new(0x55, 0x5B, 0x66);
    internal static readonly SKColor Accent = new(0x1F, 0x4E, 0x79);
    private const float BodySize = 10f;

    public void Place(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading: PlaceHeading(heading); break;
            case ParagraphBlock paragraph: PlaceParagraph(paragraph); break;
            case SpacerBlock spacer: flow.Space(spacer.Height); break;
            case PageBreakBlock: if (!flow.AtTop) flow.NewPage(); break;
            case TableBlock table: new TableLayout(fonts, flow).Place(table); break;
            case ImageBlock image: PlaceImage(image); break;
            case ImageGridBlock grid: new ImageGridLayout(fonts, flow).Place(grid); break;
            case ChartBlock chart: PlaceChart(chart); break;
            case SignatureBlock signature: PlaceSignature(signature); break;
            default: throw new NotSupportedException($"Block {block.GetType().Name} is not supported by the PDF renderer.");
        }
    }

    private void PlaceHeading(HeadingBlock heading)
    {
        var size = heading.Level switch { 1 => 15f, 2 => 12.5f, _ => 11f };
        var lines = TextWrapper.Wrap(fonts, heading.Text, true, size, flow.Width);
        var lineHeight = FontSet.LineHeight(size);
        flow.Space(heading.Level == 1 ? 14 : 9);
        // Keep a heading with at least a few lines of what follows it.
        flow.Ensure(lines.Count * lineHeight + 60);
        var color = heading.Level == 1 ? Accent : Ink;
        foreach (var line in lines)
        {
            var baseline = flow.Y + FontSet.Ascent(size);
            var x = flow.Left;
            flow.Draw(c => fonts.Draw(c, line, x, baseline, true, size, color));
            flow.Y += lineHeight;
        }
        if (heading.Level == 1)
        {
            var y = flow.Y + 1;
            var (left, right) = (flow.Left, flow.Left + flow.Width);
            flow.Draw(c =>
            {
                using var paint = new SKPaint { Color = Accent, StrokeWidth = 0.8f, IsStroke = true, IsAntialias = true };
                c.DrawLine(left, y, right, y, paint);
            });
            flow.Y += 4;
        }
        flow.Y += 4;
    }

    private void PlaceParagraph(ParagraphBlock paragraph)
    {
        var bold = paragraph.Emphasis == TextEmphasis.Bold;
        var size = paragraph.Size ?? (paragraph.Emphasis is TextEmphasis.Small or TextEmphasis.Muted ? 8.5f : BodySize);
        var color = paragraph.Emphasis == TextEmphasis.Muted ? Muted : Ink;
        var lineHeight = FontSet.LineHeight(size);
        foreach (var line in TextWrapper.Wrap(fonts, paragraph.Text, bold, size, flow.Width))
        {
            flow.Ensure(lineHeight);
            var baseline = flow.Y + FontSet.Ascent(size);
            var x = paragraph.Align switch
            {
                TextAlign.Center => flow.Left + flow.Width / 2,
                TextAlign.Right => flow.Left + flow.Width,
                _ => flow.Left,
            };
            var align = paragraph.Align;
            flow.Draw(c => fonts.Draw(c, line, x, baseline, bold, size, color, align));
            flow.Y += lineHeight;
        }
        flow.Y += size * 0.5f;
    }

    private void PlaceImage(ImageBlock block)
    {
        var image = block.Data.Length == 0 ? null : SKImage.FromEncodedData(block.Data);
        if (image is null)
        {
            // One damaged photo must not cost the whole document: say so where it would have been.
            PlaceParagraph(new ParagraphBlock($"[Изображение не может быть прочитано] {block.Caption}".TrimEnd()) { Emphasis = TextEmphasis.Muted });
            return;
        }
        var scale = Math.Min(flow.Width / image.Width, block.MaxHeight / image.Height);
        var (w, h) = (image.Width * scale, image.Height * scale);
        var captionHeight = block.Caption is null ? 0 : FontSet.LineHeight(8.5f) + 2;
        flow.Space(4);
        flow.Ensure(h + captionHeight);
        var rect = SKRect.Create(flow.Left, flow.Y, w, h);
        flow.Draw(c =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            c.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
        });
        flow.Y += h + 2;
        if (block.Caption is { } caption) PlaceParagraph(new ParagraphBlock(caption) { Emphasis = TextEmphasis.Muted });
        flow.Y += 4;
    }

    private void PlaceChart(ChartBlock block)
    {
        flow.Space(4);
        flow.Ensure(block.Height);
        var rect = SKRect.Create(flow.Left, flow.Y, flow.Width, block.Height);
        var painter = new ChartPainter(fonts);
        flow.Draw(c => painter.Paint(c, block.Chart, rect));
        flow.Y += block.Height + 8;
    }

    private void PlaceSignature(SignatureBlock block)
    {
        const float size = 10f;
        var lineHeight = FontSet.LineHeight(size);
        flow.Space(18);
        flow.Ensure(lineHeight * 4 + 20);
        var y = flow.Y;
        var (left, width) = (flow.Left, flow.Width);
        var positionLines = TextWrapper.Wrap(fonts, block.Position, false, size, width * 0.42f);
        flow.Draw(c =>
        {
            for (var i = 0; i < positionLines.Count; i++)
                fonts.Draw(c, positionLines[i], left, y + FontSet.Ascent(size) + i * lineHeight, false, size, Ink);
            var lineY = y + lineHeight * Math.Max(1, positionLines.Count) + 2;
            using var pen = new SKPaint { Color = Ink, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
            c.DrawLine(left + width * 0.45f, lineY, left + width * 0.68f, lineY, pen);
            fonts.Draw(c, "(подпись)", left + width * 0.565f, lineY + 9, false, 7f, Muted, TextAlign.Center);
            fonts.Draw(c, block.Name, left + width, lineY - 3, false, size, Ink, TextAlign.Right);
            fonts.Draw(c, block.Date, left, lineY + lineHeight + 8, false, size, Ink);
        });
        flow.Y += lineHeight * (Math.Max(1, positionLines.Count) + 2) + 14;
    }
}
