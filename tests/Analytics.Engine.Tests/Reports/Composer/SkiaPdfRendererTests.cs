using System.Text;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Tests.Support;
using UglyToad.PdfPig;

namespace Analytics.Engine.Tests.Reports.Composer;

public class SkiaPdfRendererTests
{
    [Fact]
    public void Render_RoundTripsCyrillicText_WhenExtractedWithPdfPig()
    {
        var document = new ReportDocument(SampleDocuments.Info())
            .Heading("1. Основание")
            .Paragraph("Съешь же ещё этих мягких французских булок, да выпей чаю. Ёлка, щётка, «кавычки» — тире.");

        var pdf = PdfTools.Render(document, out var pages);

        using var reader = PdfDocument.Open(pdf);
        Assert.Equal(1, pages);
        var text = Normalize(reader.GetPage(1).Text);
        Assert.Contains("1.Основание", text);
        Assert.Contains("Съешьжеещёэтихмягкихфранцузскихбулок,давыпейчаю.", text);
        Assert.Contains("Ёлка,щётка,«кавычки»—тире.", text);
    }

    [Fact]
    public void Render_BreaksLongTableAcrossPages_AndRepeatsHeader()
    {
        var document = new ReportDocument(SampleDocuments.Info()).Heading("Нагрузка офисов").Add(SampleDocuments.Table(120));

        var pdf = PdfTools.Render(document, out var pages);

        using var reader = PdfDocument.Open(pdf);
        Assert.True(pages >= 3, $"expected the table to need at least 3 pages, got {pages}");
        Assert.Equal(pages, reader.NumberOfPages);
        foreach (var page in reader.GetPages())
        {
            var text = Normalize(page.Text);
            Assert.Contains("Офисобслуживания", text);
            Assert.Contains("Обращений", text);
        }
        var all = string.Concat(reader.GetPages().Select(p => Normalize(p.Text)));
        Assert.Contains("Офис№120—Ярославскоеотделение840", all);
        // Every row appears exactly once: no row lost or duplicated at a page break.
        for (var i = 1; i <= 120; i++)
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, $"Офис№{i}—"));
    }

    [Fact]
    public void Render_PrintsPageXOfY_OnEveryPage()
    {
        var document = new ReportDocument(SampleDocuments.Info()).Add(SampleDocuments.Table(120));

        var pdf = PdfTools.Render(document, out var pages);

        using var reader = PdfDocument.Open(pdf);
        foreach (var page in reader.GetPages())
            Assert.Contains($"Страница{page.Number}из{pages}", Normalize(page.Text));
    }

    [Fact]
    public void Render_WritesPdfAMetadataAndProperties()
    {
        var pdf = PdfTools.Render(new ReportDocument(SampleDocuments.Info()).Paragraph("Текст"), out _);

        using var reader = PdfDocument.Open(pdf);
        Assert.Equal("Декларация соответствия", reader.Information.Title);
        Assert.Equal("ПАО «Энергосбыт»", reader.Information.Author);
        Assert.Equal("Самооценка качества обслуживания за 2025 год", reader.Information.Subject);
        Assert.True(reader.TryGetXmpMetadata(out var xmp), "no XMP metadata packet");
        var packet = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("pdfaid:part", packet);
        Assert.Contains("Декларация соответствия", packet);
        Assert.Contains("/Lang (ru-RU)", Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void Render_GivesIdenticalBytes_WhenRenderedTwice()
    {
        ReportDocument Build() => new ReportDocument(SampleDocuments.Info())
            .Heading("Итоги").Add(SampleDocuments.Table(30)).Add(new ChartBlock(SampleDocuments.Chart()));

        Assert.Equal(PdfTools.Render(Build(), out _), PdfTools.Render(Build(), out _));
    }

    [Fact]
    public void Render_EmbedsEveryFont_AndEveryPageRenders()
    {
        using var temp = new TempStore(migrate: false);
        var document = new ReportDocument(SampleDocuments.Info())
            .Heading("Фото")
            .Add(new ImageBlock(SampleDocuments.Png()) { Caption = "Фото 1. Информационный стенд" })
            .Add(new ChartBlock(SampleDocuments.Chart()))
            .Add(new ChartBlock(SampleDocuments.Chart() with { Kind = ChartKind.Bar }))
            .Add(SampleDocuments.Table(80))
            .Add(new SignatureBlock("Генеральный директор", "И. И. Иванов", "31.12.2025"));
        var pdf = PdfTools.Render(document, out var pages);

        var fonts = PdfTools.Poppler("pdffonts", pdf, temp.Directory_, []);
        Assert.Equal(0, fonts.ExitCode);
        var fontRows = fonts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fontRows);
        // Columns: name type encoding emb sub uni object ID — "emb" must be "yes" for every font.
        Assert.All(fontRows, row => Assert.Matches(@"\byes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));

        var render = PdfTools.Poppler("pdftoppm", pdf, temp.Directory_, ["-r", "30", "-png"], Path.Combine(temp.Directory_, "page"));
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.Equal("", render.Error.Trim());
        Assert.Equal(pages, Directory.GetFiles(temp.Directory_, "*.png", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Render_NotesUnreadableImage_InsteadOfFailing()
    {
        var document = new ReportDocument(SampleDocuments.Info()).Add(new ImageBlock([1, 2, 3]) { Caption = "Фото 7. Вывеска" });

        var pdf = PdfTools.Render(document, out _);

        using var reader = PdfDocument.Open(pdf);
        Assert.Contains("[Изображениенеможетбытьпрочитано]Фото7.Вывеска", Normalize(reader.GetPage(1).Text));
    }

    /// <summary>PdfPig inserts or drops spaces depending on glyph gaps; compare text without whitespace.</summary>
    internal static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
