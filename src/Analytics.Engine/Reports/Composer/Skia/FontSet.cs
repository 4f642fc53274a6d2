using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// The fonts every document uses: DejaVu Sans regular and bold, shipped inside the assembly so output never
/// depends on the fonts of the machine. Text is shaped with HarfBuzz once per string (cached: wrapping measures
/// the same words many times) and drawn as positioned glyph runs. The glyphs drawn are recorded, so after a
/// probe pass <see cref="UseSubsets"/> swaps in fonts cut down to those glyphs for the real PDF pass.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly Lazy<byte[]> RegularData = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldData = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> RegularFace = new(() => FromData(RegularData.Value));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => FromData(BoldData.Value));

    private readonly SKShaper _regularShaper = new(RegularFace.Value);
    private readonly SKShaper _boldShaper = new(BoldFace.Value);
    private readonly Dictionary<(bool Bold, float Size), SKFont> _shapingFonts = [];
    private readonly Dictionary<(bool Bold, float Size), SKFont> _drawingFonts = [];
    private readonly Dictionary<(string Text, bool Bold, float Size), SKShaper.Result> _shapes = [];
    private readonly Dictionary<SKColor, SKPaint> _paints = [];
    private readonly HashSet<ushort> _usedRegular = [];
    private readonly HashSet<ushort> _usedBold = [];
    private SKTypeface _regular = RegularFace.Value;
    private SKTypeface _bold = BoldFace.Value;
    private bool _subset;

    /// <summary>Advance width of <paramref name="text"/> as HarfBuzz shapes it, in points.</summary>
    public float Measure(string text, bool bold, float size) => text.Length == 0 ? 0 : Shape(text, bold, size).Width;

    /// <summary>Draws shaped text with its left edge (or centre/right edge for other alignments) at <paramref name="x"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, bool bold, float size, SKColor color, TextAlign align = TextAlign.Left)
    {
        if (text.Length == 0) return;
        var shaped = Shape(text, bold, size);
        var left = align switch
        {
            TextAlign.Center => x - shaped.Width / 2,
            TextAlign.Right => x - shaped.Width,
            _ => x,
        };
        var used = bold ? _usedBold : _usedRegular;
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(DrawingFont(bold, size), shaped.Codepoints.Length);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        for (var i = 0; i < shaped.Codepoints.Length; i++)
        {
            // For shaped output HarfBuzz reports glyph ids in "codepoints".
            glyphs[i] = (ushort)shaped.Codepoints[i];
            positions[i] = shaped.Points[i];
            used.Add(glyphs[i]);
        }
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, left, baseline, Paint(color));
    }

    /// <summary>
    /// Replaces the fonts used for drawing by subsets holding only the glyphs drawn so far. Glyph ids and
    /// metrics are unchanged, and shaping stays cached, so layout does not move.
    /// </summary>
    public void UseSubsets()
    {
        if (_subset) return;
        _regular = FromData(TrueTypeSubsetter.Subset(RegularData.Value, _usedRegular));
        _bold = FromData(TrueTypeSubsetter.Subset(BoldData.Value, _usedBold));
        foreach (var font in _drawingFonts.Values) font.Dispose();
        _drawingFonts.Clear();
        _subset = true;
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
        _regularShaper.Dispose();
        _boldShaper.Dispose();
        foreach (var font in _shapingFonts.Values.Concat(_drawingFonts.Values)) font.Dispose();
        foreach (var paint in _paints.Values) paint.Dispose();
        if (_subset)
        {
            _regular.Dispose();
            _bold.Dispose();
        }
    }

    private SKShaper.Result Shape(string text, bool bold, float size)
    {
        if (_shapes.TryGetValue((text, bold, size), out var result)) return result;
        if (!_shapingFonts.TryGetValue((bold, size), out var font))
        {
            font = NewFont(bold ? BoldFace.Value : RegularFace.Value, size);
            _shapingFonts[(bold, size)] = font;
        }
        result = (bold ? _boldShaper : _regularShaper).Shape(text, font);
        _shapes[(text, bold, size)] = result;
        return result;
    }

    private SKFont DrawingFont(bool bold, float size)
    {
        if (!_drawingFonts.TryGetValue((bold, size), out var font))
        {
            font = NewFont(bold ? _bold : _regular, size);
            _drawingFonts[(bold, size)] = font;
        }
        return font;
    }

    private static SKFont NewFont(SKTypeface face, float size) =>
        new(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias, LinearMetrics = true };

    private static SKTypeface FromData(byte[] data) =>
        SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException("A report font could not be loaded.");

    private static byte[] Load(string file)
    {
        var assembly = typeof(FontSet).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Reports.Fonts." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
