namespace Analytics.Engine.Tests.Reports.Declaration;

public sealed partial class DeclarationSignReadyTests
{
    /// <summary>Where the Declaration's pages are written as PNG for a person to look at, beside the test assembly.</summary>
    public static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots", "declaration");

    /// <summary>
    /// #15.8 "every page rendered to PNG and looked at": the company's and a branch's Declaration, every page at 96 dpi
    /// (an A4 page is then at least 794 px wide), written under <c>screenshots/declaration/</c>. poppler renders each
    /// page without a warning.
    /// </summary>
    [Fact]
    public void EveryPage_RendersToPng_At96Dpi()
    {
        Directory.CreateDirectory(Shots);
        foreach (var unit in new string?[] { null, "B1" })
        {
            var name = unit ?? "company";
            foreach (var old in Directory.GetFiles(Shots, name + "-*.png")) File.Delete(old);
            var pdf = Render(s => Service().Declaration(2025, s, unit));
            var (code, _, error) = PdfTools.Poppler("pdftoppm", pdf, _dir, ["-r", "96", "-png"], Path.Combine(Shots, name));
            Assert.True(code == 0, error);
            Assert.Equal("", error.Trim());
            var pngs = Directory.GetFiles(Shots, name + "-*.png");
            var (infoCode, info, _) = PdfTools.Poppler("pdfinfo", pdf, _dir, []);
            Assert.Equal(0, infoCode);
            Assert.Equal(int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value), pngs.Length);
            foreach (var png in pngs) Assert.True(PngWidth(png) >= 794, $"{png}: {PngWidth(png)} px wide");
        }
    }

    /// <summary>Intervals are written as on every page, «15,0–85,0 %», not «[15,0; 85,0] %» (#15.4, one rule).</summary>
    [Fact]
    public void Intervals_ReadAsOnThePages()
    {
        var text = Flat(PdfText(Render(s => Service().Declaration(2025, s))));
        var at = text.IndexOf("95 % интервал ", StringComparison.Ordinal) + "95 % ".Length;
        Assert.True(at >= "95 % ".Length, "no interval in the Declaration");
        Assert.Matches(@"\d+,\d–\d+,\d[\s\u00A0]?%", text[at..Math.Min(text.Length, at + 40)]); // a table cell beside may interleave
        Assert.DoesNotContain("интервал [", text);
    }

    /// <summary>The width from a PNG's IHDR chunk (bytes 16–19, big-endian).</summary>
    private static int PngWidth(string path)
    {
        var head = File.ReadAllBytes(path).AsSpan(16, 4);
        return head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3];
    }
}
