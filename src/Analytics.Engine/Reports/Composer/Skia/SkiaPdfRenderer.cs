using SkiaSharp;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to PDF with SkiaSharp's PDF backend: A4, fonts embedded and subset,
/// text shaped by HarfBuzz, charts as vectors, PDF/A-2b metadata (XMP with pdfaid), fixed dates for
/// reproducible bytes, and the document language added to the catalogue.
/// </summary>
public sealed class SkiaPdfRenderer : IDocumentRenderer
{
    private static readonly SKColor Muted = new(0x55, 0x5B, 0x66);
    private static readonly SKColor RuleColor = new(0xB8, 0xBE, 0xC8);

    public string ContentType => "application/pdf";

    public RenderResult Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var fonts = new FontSet();
        var flow = new PageFlow();
        var layout = new BlockLayout(fonts, flow);
        foreach (var block in document.Blocks) layout.Place(block);

        var info = document.Info;
        var created = info.Created.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Keywords = info.Keywords,
            Creator = "Analytics",
            Producer = "Analytics (SkiaSharp PDF)",
            Creation = created,
            Modified = created,
            PdfA = info.PdfA,
            RasterDpi = 150,
            EncodingQuality = 85,
        };

        // Probe pass: paint every page on a canvas that draws nothing, to learn which glyphs the document uses.
        using (var probe = new SKNoDrawCanvas((int)PageFlow.PageWidth, (int)PageFlow.PageHeight))
        {
            for (var i = 0; i < flow.Pages.Count; i++)
            {
                PaintFurniture(probe, fonts, info, i, flow.Pages.Count);
                foreach (var operation in flow.Pages[i]) operation(probe);
                PaintWatermark(probe, fonts, info);
            }
        }
        fonts.UseSubsets();

        using var buffer = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(buffer, metadata))
        {
            var total = flow.Pages.Count;
            for (var i = 0; i < total; i++)
            {
                var canvas = pdf.BeginPage(PageFlow.PageWidth, PageFlow.PageHeight);
                PaintFurniture(canvas, fonts, info, i, total);
                foreach (var operation in flow.Pages[i]) operation(canvas);
                PaintWatermark(canvas, fonts, info);
                pdf.EndPage();
            }
            pdf.Close();
        }

        var bytes = PdfLanguage.Apply(PdfDocumentId.MakeDeterministic(buffer.ToArray()), info.Language);
        output.Write(bytes);
        return new RenderResult(flow.Pages.Count);
    }

    private static void PaintFurniture(SKCanvas canvas, FontSet fonts, DocumentInfo info, int index, int total)
    {
        using var rule = new SKPaint { Color = RuleColor, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        if (index > 0 && info.Header.Length > 0)
        {
            var y = PageFlow.MarginTop - 18;
            fonts.Draw(canvas, Fit(fonts, info.Header, PageFlow.PageWidth - PageFlow.MarginLeft - PageFlow.MarginRight), PageFlow.MarginLeft, y, false, 7.5f, Muted);
            canvas.DrawLine(PageFlow.MarginLeft, y + 5, PageFlow.PageWidth - PageFlow.MarginRight, y + 5, rule);
        }
        var footer = string.Format(System.Globalization.CultureInfo.InvariantCulture, info.FooterPattern, index + 1, total);
        var footerY = PageFlow.PageHeight - PageFlow.MarginBottom + 28;
        canvas.DrawLine(PageFlow.MarginLeft, footerY - 12, PageFlow.PageWidth - PageFlow.MarginRight, footerY - 12, rule);
        fonts.Draw(canvas, footer, PageFlow.PageWidth - PageFlow.MarginRight, footerY, false, 7.5f, Muted, TextAlign.Right);
    }

    /// <summary>A large translucent word across the page's diagonal, over the content so it cannot be cropped away.</summary>
    private static void PaintWatermark(SKCanvas canvas, FontSet fonts, DocumentInfo info)
    {
        if (info.Watermark.Length == 0) return;
        canvas.Save();
        canvas.Translate(PageFlow.PageWidth / 2, PageFlow.PageHeight / 2);
        canvas.RotateDegrees(-50);
        fonts.Draw(canvas, info.Watermark, 0, 30, true, 96, new SKColor(200, 40, 40, 60), TextAlign.Center);
        canvas.Restore();
    }

    /// <summary>Shortens a one-line text with an ellipsis so it fits <paramref name="width"/>.</summary>
    private static string Fit(FontSet fonts, string text, float width)
    {
        if (fonts.Measure(text, false, 7.5f) <= width) return text;
        var cut = text.Length;
        while (cut > 1 && fonts.Measure(text[..cut] + "…", false, 7.5f) > width) cut--;
        return text[..cut] + "…";
    }
}
