using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// Skia seeds the PDF/A document UUID (XMP <c>xmpMM:DocumentID</c> and the trailer <c>/ID</c>) from the clock,
/// so two renders of the same data differ. This replaces it with a UUID hashed from the document's own bytes:
/// same content, same bytes; different content, a different id. Lengths are equal, so offsets stay valid.
/// </summary>
internal static partial class PdfDocumentId
{
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = XmpUuid().Match(text);
        if (!match.Success) return pdf;
        var dashed = match.Groups[1].Value;
        var hex = dashed.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();

        var neutral = text.Replace(dashed, new string('0', dashed.Length), StringComparison.Ordinal)
            .Replace(hex, new string('0', hex.Length), StringComparison.Ordinal);
        var digest = SHA256.HashData(Encoding.Latin1.GetBytes(neutral)).AsSpan(0, 16).ToArray();
        digest[6] = (byte)((digest[6] & 0x0F) | 0x50); // version 5 layout: name-based (SHA) identifier
        digest[8] = (byte)((digest[8] & 0x3F) | 0x80);
        var newHex = Convert.ToHexString(digest);
        var newDashed = $"{newHex[..8]}-{newHex[8..12]}-{newHex[12..16]}-{newHex[16..20]}-{newHex[20..]}".ToLowerInvariant();

        var result = text.Replace(dashed, newDashed, StringComparison.Ordinal).Replace(hex, newHex, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(result);
    }

    [GeneratedRegex(@"uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex XmpUuid();
}
