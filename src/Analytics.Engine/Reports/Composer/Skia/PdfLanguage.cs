using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// Skia's PDF metadata has no language, but screen readers and PDF/A validators look for <c>/Lang</c> in the
/// catalogue. This appends a standard incremental update (a new revision of the catalogue object, an xref
/// section and a trailer with <c>/Prev</c>) — the original bytes stay untouched, so the output stays deterministic.
/// </summary>
internal static partial class PdfLanguage
{
    public static byte[] Apply(byte[] pdf, string language)
    {
        if (string.IsNullOrWhiteSpace(language)) return pdf;
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = StartXref().Matches(text) is { Count: > 0 } found ? found[^1] : null;
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXref is null || trailerAt < 0) return pdf; // an xref-stream file: leave it as Skia wrote it
        var trailer = text[trailerAt..startXref.Index];
        var root = RootRef().Match(trailer);
        if (!root.Success) return pdf;
        var rootId = int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture);
        var objectAt = text.IndexOf($"\n{rootId} 0 obj", StringComparison.Ordinal);
        if (objectAt < 0) return pdf;
        var bodyStart = text.IndexOf("<<", objectAt, StringComparison.Ordinal);
        var bodyEnd = text.IndexOf("endobj", objectAt, StringComparison.Ordinal);
        var dictionary = text[bodyStart..bodyEnd].TrimEnd();
        if (dictionary.Contains("/Lang", StringComparison.Ordinal)) return pdf;

        var escaped = language.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var catalog = "<</Lang (" + escaped + ")" + dictionary[2..];
        var update = new StringBuilder();
        var objectOffset = pdf.Length + 1;
        update.Append('\n').Append(CultureInfo.InvariantCulture, $"{rootId} 0 obj\n{catalog}\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{rootId} 1\n{objectOffset:D10} 00000 n \n");
        var size = SizeEntry().Match(trailer).Groups[1].Value;
        var info = InfoRef().Match(trailer);
        var id = IdEntry().Match(trailer);
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size} /Root {rootId} 0 R");
        if (info.Success) update.Append(' ').Append(info.Value);
        if (id.Success) update.Append(' ').Append(id.Value);
        update.Append(CultureInfo.InvariantCulture, $" /Prev {startXref.Groups[1].Value}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootRef();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Info\s+\d+\s+0\s+R")]
    private static partial Regex InfoRef();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdEntry();
}
