using System.Reflection;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// The fonts every document uses: DejaVu Sans regular and bold, shipped inside the assembly so output never
/// depends on the fonts of the machine. Text is shaped with HarfBuzz; widths are cached because wrapping
/// measures the same words many times.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    private readonly SKShaper _regular = new(RegularFace.Value);
    private readonly SKShaper _bold = new(BoldFace.Value);
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
    private readonly Dictionary<(string Text, bool Bold, float Size), float> _widths = [];
    private readonly Dictionary<SKColor, SKPaint> _paints = [];

    public SKFont Font(bool bold, float size)
    {
        if (!_fonts.TryGetValue((bold, size), out var font))
        {
            font = new SKFont(bold ? BoldFace.Value : RegularFace.Value, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[(bold, size)] = font;
        }
        return font;
    }

    /// <summary>Advance width of <paramref name="text"/> as HarfBuzz shapes it, in points.</summary>
    public float Measure(string text, bool bold, float size)
    {
        if (text.Length == 0) return 0;
        if (_widths.TryGetValue((text, bold, size), out var width)) return width;
        width = (bold ? _bold : _regular).Shape(text, Font(bold, size)).Width;
        _widths[(text, bold, size)] = width;
        return width;
    }

    /// <summary>Draws shaped text with its left edge (or centre/right edge for other alignments) at <paramref name="x"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, bool bold, float size, SKColor color, TextAlign align = TextAlign.Left)
    {
        if (text.Length == 0) return;
        var left = align switch
        {
            TextAlign.Center => x - Measure(text, bold, size) / 2,
            TextAlign.Right => x - Measure(text, bold, size),
            _ => x,
        };
        canvas.DrawShapedText(bold ? _bold : _regular, text, left, baseline, Font(bold, size), Paint(color));
    }

    public SKPaint Paint(SKColor color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true };
            _paints[color] = paint;
        }
        return paint;
    }

    /// <summary>Line height for a font size: DejaVu's ascent + descent with a little leading.</summary>
    public static float LineHeight(float size) => size * 1.32f;

    /// <summary>Distance from a line's top to its baseline.</summary>
    public static float Ascent(float size) => size * 0.98f;

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var paint in _paints.Values) paint.Dispose();
    }

    private static SKTypeface Load(string file)
    {
        var assembly = typeof(FontSet).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Reports.Fonts." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return SKTypeface.FromData(SKData.CreateCopy(copy.ToArray()))
            ?? throw new InvalidOperationException($"Embedded font {file} could not be loaded.");
    }
}
