using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// Decides how to read a text file from its first bytes: refuses empty and binary files, picks UTF-8 (with or
/// without BOM) or Windows-1251 (when the sample is not valid UTF-8), and the delimiter
/// (<c>,</c> <c>;</c> or tab — whichever occurs most in the header line outside quotes).
/// </summary>
internal static class TextSniffer
{
    public const int SampleBytes = 64 * 1024;

    static TextSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    public static Encoding DetectEncoding(string fileName, ReadOnlySpan<byte> sample, bool wholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(false);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("utf16", fileName));
        if (LooksBinary(sample))
            throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("not_text", fileName));
        return IsUtf8(sample, wholeFile) ? new UTF8Encoding(false) : Windows1251;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C) control++;
        }
        return control > sample.Length / 100 + 1;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        var chars = ArrayPool<char>.Shared.Rent(sample.Length + 4);
        try
        {
            var status = Utf8.ToUtf16(sample, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: wholeFile);
            // NeedMoreData: the sample ends inside a multi-byte character — fine, the rest follows.
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally { ArrayPool<char>.Shared.Return(chars); }
    }

    /// <summary>The delimiter that occurs most often outside quotes in <paramref name="headerLine"/>; comma when none does.</summary>
    public static char DetectDelimiter(string headerLine)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == ',') comma++;
            else if (c == ';') semicolon++;
            else if (c == '\t') tab++;
        }
        if (tab > 0 && tab >= semicolon && tab >= comma) return '\t';
        return semicolon > comma ? ';' : ',';
    }

    /// <summary>Fields in <paramref name="headerLine"/> split by <paramref name="delimiter"/> outside quotes.</summary>
    public static int CountFields(string headerLine, char delimiter)
    {
        var fields = 1;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) fields++;
        }
        return fields;
    }
}
