using System.Buffers;
using System.Text;

namespace Analytics.Engine.Store.Ingest.Parsing;

/// <summary>
/// Characters a person cannot see in a cell. Control characters (NUL and the other C0 controls except tab and line
/// breaks, DEL) reject the row: they are damage, and the store would cut a value at a NUL. Zero-width and direction
/// marks (ZWSP, ZWNJ, ZWJ, word joiner, a BOM inside a field, soft hyphen, bidi controls) are removed, so
/// <c>A-1</c> and <c>A-1&lt;ZWSP&gt;</c> are one register number, not two that look identical.
/// </summary>
internal static class InvisibleChars
{
    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016" +
        "\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>Fast check: whether <paramref name="text"/> needs <see cref="Clean"/>.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAny(Suspect);

    /// <summary>The text without invisible format characters, or null with <paramref name="problem"/> set for a control character.</summary>
    public static string? Clean(ReadOnlySpan<char> text, out string? problem)
    {
        problem = null;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not ('\t' or '\r' or '\n') || c == '\u007F')
            {
                problem = Analytics.Engine.Vocabulary.ImportReasons.Text("control_char", $"{(int)c:X4}{(c == 0 ? " (NUL)" : "")}", i + 1);
                return null;
            }
            if (Suspect.Contains(c)) continue;
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }
}
