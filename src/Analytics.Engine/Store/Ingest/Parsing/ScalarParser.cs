using System.Globalization;
using Analytics.Engine.Store.Ingest.Mapping;

namespace Analytics.Engine.Store.Ingest.Parsing;

/// <summary>Numbers with a decimal comma or point (and spaces as thousands separators) and yes/no in both languages.</summary>
public static class ScalarParser
{
    private static readonly HashSet<string> True = ["да", "yes", "y", "1", "true", "истина", "д", "+"];
    private static readonly HashSet<string> False = ["нет", "no", "n", "0", "false", "ложь", "н", "-"];

    public static bool TryParseDouble(ReadOnlySpan<char> s, out double value)
    {
        s = s.Trim();
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return true;
        // Russian exports write "1 234,5" (often with a no-break space); normalise once on the slow path.
        Span<char> buffer = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c is ' ' or '\u00A0' or '\u202F') continue;
            buffer[n++] = c == ',' ? '.' : c;
        }
        return double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInteger(ReadOnlySpan<char> s, out long value)
    {
        s = s.Trim();
        if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        // "12,0" or "12.0" from a spreadsheet is still the integer 12; "12,5" is not.
        if (TryParseDouble(s, out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15)
        {
            value = (long)d;
            return true;
        }
        return false;
    }

    public static bool TryParseBoolean(ReadOnlySpan<char> s, out bool value)
    {
        var text = Names.Normalize(s.ToString());
        if (s.Trim() is "+" ) text = "+";
        if (s.Trim() is "-") text = "-";
        value = True.Contains(text);
        return value || False.Contains(text);
    }
}
