using Analytics.Engine.Reports.Composer.Skia;
using SkiaSharp;

namespace Analytics.Engine.Tests.Reports.Composer.Skia;

public class TrueTypeSubsetterTests
{
    private static byte[] DejaVu()
    {
        var assembly = typeof(TrueTypeSubsetter).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("Fonts.DejaVuSans.ttf", StringComparison.Ordinal)))!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Subset_KeepsUsedGlyphOutlines_AndEmptiesTheRest()
    {
        var full = DejaVu();
        using var fullFace = SKTypeface.FromData(SKData.CreateCopy(full));
        var used = fullFace.GetGlyphs("Жж").ToHashSet();
        var unused = fullFace.GetGlyphs("Q")[0];

        var subset = TrueTypeSubsetter.Subset(full, used);

        Assert.True(subset.Length < full.Length / 4, $"subset is {subset.Length} bytes of {full.Length}");
        using var face = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.NotNull(face);
        Assert.Equal(fullFace.GlyphCount, face.GlyphCount);
        using var font = new SKFont(face, 20);
        using var fullFont = new SKFont(fullFace, 20);
        foreach (var glyph in used)
        {
            Assert.False(font.GetGlyphPath(glyph).IsEmpty);
            Assert.Equal(fullFont.GetGlyphWidths([glyph])[0], font.GetGlyphWidths([glyph])[0]);
        }
        Assert.True(font.GetGlyphPath(unused).IsEmpty);
        Assert.False(fullFont.GetGlyphPath(unused).IsEmpty);
    }

    [Fact]
    public void Subset_KeepsComponentsOfCompositeGlyphs()
    {
        var full = DejaVu();
        using var fullFace = SKTypeface.FromData(SKData.CreateCopy(full));
        // «Ё» and «й» are composites in DejaVu (base letter + diacritic).
        var used = fullFace.GetGlyphs("Ёй").ToHashSet();

        using var face = SKTypeface.FromData(SKData.CreateCopy(TrueTypeSubsetter.Subset(full, used)));
        using var font = new SKFont(face, 20);
        using var fullFont = new SKFont(fullFace, 20);

        foreach (var glyph in used)
            Assert.Equal(fullFont.GetGlyphPath(glyph).Bounds, font.GetGlyphPath(glyph).Bounds);
    }
}
