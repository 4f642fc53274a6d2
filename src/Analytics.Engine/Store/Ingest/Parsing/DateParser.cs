using System.Globalization;

namespace Analytics.Engine.Store.Ingest.Parsing;

/// <summary>
/// Parses the dates registers contain: <c>dd.MM.yyyy</c>, <c>dd.MM.yyyy HH:mm</c>, <c>dd.MM.yyyy HH:mm:ss</c> and
/// ISO 8601 (<c>yyyy-MM-dd</c>, with <c>T</c> or a space, optional seconds, fraction and offset). The common shapes
/// are parsed by hand from the span — a million rows pass through here — and impossible dates such as
/// <c>31.02.2025</c> are refused rather than rolled over. Offsets are dropped: timestamps in the store are office-local.
/// </summary>
public static class DateParser
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTime value)
    {
        value = default;
        s = s.Trim();
        if (s.Length < 8) return false;
        int year, month, day, rest;
        if (s.Length >= 10 && s[2] == '.' && s[5] == '.')
        {
            if (!Two(s, 0, out day) || !Two(s, 3, out month) || !Four(s, 6, out year)) return false;
            rest = 10;
        }
        else if (s.Length >= 10 && s[4] == '-' && s[7] == '-')
        {
            if (!Four(s, 0, out year) || !Two(s, 5, out month) || !Two(s, 8, out day)) return false;
            rest = 10;
        }
        else return TryFallback(s, out value);

        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var date = new DateTime(year, month, day);
        if (rest == s.Length) { value = date; return true; }
        if (s[rest] != ' ' && s[rest] != 'T') return false;
        var time = s[(rest + 1)..].TrimStart();
        if (!TryTime(time, out var ticks)) return false;
        value = date.AddTicks(ticks);
        return true;
    }

    private static bool TryTime(ReadOnlySpan<char> t, out long ticks)
    {
        ticks = 0;
        if (t.Length < 4) return false;
        // "9:05" is seen in hand-kept registers; accept one-digit hours.
        var colon = t.IndexOf(':');
        if (colon is < 1 or > 2 || !Digits(t[..colon], out var hour) || t.Length < colon + 3 || !Two(t, colon + 1, out var minute))
            return false;
        var pos = colon + 3;
        var second = 0;
        long fraction = 0;
        if (pos < t.Length && t[pos] == ':')
        {
            if (!Two(t, pos + 1, out second)) return false;
            pos += 3;
            if (pos < t.Length && (t[pos] == '.' || t[pos] == ','))
            {
                var start = ++pos;
                long scale = TimeSpan.TicksPerSecond;
                while (pos < t.Length && char.IsAsciiDigit(t[pos]))
                {
                    if (pos - start < 7) { scale /= 10; fraction += (t[pos] - '0') * scale; }
                    pos++;
                }
                if (pos == start) return false;
            }
        }
        if (pos < t.Length && !IsOffset(t[pos..])) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        ticks = (hour * 3600L + minute * 60L + second) * TimeSpan.TicksPerSecond + fraction;
        return true;
    }

    private static bool IsOffset(ReadOnlySpan<char> s) =>
        s is "Z" || s.Length is 6 or 5 && (s[0] == '+' || s[0] == '-') && TimeSpan.TryParse(s[1..], CultureInfo.InvariantCulture, out _);

    private static bool TryFallback(ReadOnlySpan<char> s, out DateTime value) =>
        DateTime.TryParseExact(s, ["d.M.yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyyMMdd"],
            CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);

    private static bool Two(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (at + 2 > s.Length || !char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1])) return false;
        value = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return true;
    }

    private static bool Four(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (!Two(s, at, out var high) || !Two(s, at + 2, out var low)) return false;
        value = high * 100 + low;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return s.Length > 0;
    }
}
