using SkiaSharp;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>Places an <see cref="ImageGridBlock"/>: fixed cells, images fitted and centred, captions in small muted type.</summary>
internal sealed class ImageGridLayout(FontSet fonts, PageFlow flow)
{
    private const float Gap = 10f, CaptionSize = 7f;
    private static readonly SKColor Frame = new(0xB8, 0xBE, 0xC8);

    public void Place(ImageGridBlock block)
    {
        var columns = Math.Max(1, block.Columns);
        var cell = (flow.Width - Gap * (columns - 1)) / columns;
        var imageHeight = cell * 0.75f;
        var lineHeight = FontSet.LineHeight(CaptionSize);
        flow.Space(4);
        foreach (var row in block.Images.Chunk(columns))
        {
            var captions = row.Select(i => i.Caption.Split('\n').SelectMany(l => TextWrapper.Wrap(fonts, l, false, CaptionSize, cell)).ToList()).ToList();
            var height = imageHeight + 3 + captions.Max(c => c.Count) * lineHeight + Gap;
            flow.Ensure(height);
            var top = flow.Y;
            for (var k = 0; k < row.Length; k++)
            {
                var left = flow.Left + k * (cell + Gap);
                var image = row[k].Data.Length == 0 ? null : SKImage.FromEncodedData(row[k].Data);
                var box = SKRect.Create(left, top, cell, imageHeight);
                var lines = captions[k];
                flow.Draw(c =>
                {
                    using var pen = new SKPaint { Color = Frame, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
                    c.DrawRect(box, pen);
                    if (image is not null)
                    {
                        var scale = Math.Min((box.Width - 2) / image.Width, (box.Height - 2) / image.Height);
                        var (w, h) = (image.Width * scale, image.Height * scale);
                        var rect = SKRect.Create(box.MidX - w / 2, box.MidY - h / 2, w, h);
                        c.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
                    }
                    else fonts.Draw(c, "[не читается]", box.MidX, box.MidY, false, CaptionSize, BlockLayout.Muted, TextAlign.Center);
                    for (var i = 0; i < lines.Count; i++)
                        fonts.Draw(c, lines[i], left, box.Bottom + 3 + FontSet.Ascent(CaptionSize) + i * lineHeight, false, CaptionSize, BlockLayout.Muted);
                });
            }
            flow.Y += height;
        }
    }
}
