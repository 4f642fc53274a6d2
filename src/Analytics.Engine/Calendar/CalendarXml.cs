using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Analytics.Engine.Calendar;

/// <summary>
/// Reads one year of the Russian production calendar in the xmlcalendar.ru format:
/// <c>&lt;calendar year="2025"&gt;&lt;holidays&gt;&lt;holiday id=".." title=".."/&gt;…&lt;days&gt;&lt;day d="MM.DD" t="1|2|3" h=".." f="MM.DD"/&gt;</c>.
/// t = 1 day off (holiday or transferred), 2 shortened working day, 3 working weekend day; unlisted Saturdays and
/// Sundays are days off, unlisted weekdays are working days.
/// </summary>
internal static class CalendarXml
{
    public static CalendarYear Read(Stream stream, string source)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new CalendarFormatException($"{source}: line {ex.LineNumber}: not well-formed XML ({ex.Message}).");
        }

        var root = document.Root!;
        if (root.Name.LocalName != "calendar")
            throw Error(source, root, $"root element is <{root.Name.LocalName}>, expected <calendar>");
        var yearText = (string?)root.Attribute("year");
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
            throw Error(source, root, $"attribute 'year' is '{yearText}', expected a four-digit year");

        var titles = root.Element("holidays")?.Elements("holiday")
            .ToDictionary(h => (string?)h.Attribute("id") ?? "", h => (string?)h.Attribute("title") ?? "") ?? [];

        var kinds = new DayKind[DateTime.IsLeapYear(year) ? 366 : 365];
        var first = new DateOnly(year, 1, 1);
        for (var i = 0; i < kinds.Length; i++)
            kinds[i] = first.AddDays(i).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Working;

        var notes = new Dictionary<int, (string? Title, DateOnly? From)>();
        foreach (var day in root.Element("days")?.Elements("day") ?? [])
        {
            var date = ParseMonthDay(source, day, "d", year)
                ?? throw Error(source, day, "attribute 'd' is missing");
            var index = date.DayOfYear - 1;
            kinds[index] = (string?)day.Attribute("t") switch
            {
                "1" => DayKind.Holiday,
                "2" => DayKind.Shortened,
                "3" => DayKind.Working,
                var t => throw Error(source, day, $"attribute 't' is '{t}', expected 1, 2 or 3"),
            };

            var holidayId = (string?)day.Attribute("h");
            string? title = holidayId is null ? null : titles.GetValueOrDefault(holidayId, $"holiday {holidayId}");
            // f names the day the day off was moved from, in the same year: earlier (2025-12-31 f="01.05") or later
            // (2024-04-30 f="11.02", a Saturday worked instead).
            var from = ParseMonthDay(source, day, "f", year);
            if (title is not null || from is not null) notes[index] = (title, from);
        }

        return new CalendarYear(year, kinds, notes);
    }

    private static DateOnly? ParseMonthDay(string source, XElement day, string attribute, int year)
    {
        var text = (string?)day.Attribute(attribute);
        if (text is null) return null;
        if (text.Length == 5 && text[2] == '.'
            && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, dayOfMonth);
        }

        throw Error(source, day, $"attribute '{attribute}' is '{text}', expected MM.DD");
    }

    private static CalendarFormatException Error(string source, XObject node, string problem) =>
        new($"{source}: line {((IXmlLineInfo)node).LineNumber}: {problem}.");
}

/// <summary>One parsed year: the kind of every day and the holiday/transfer notes of the listed days.</summary>
internal sealed record CalendarYear(int Year, DayKind[] Kinds, IReadOnlyDictionary<int, (string? Title, DateOnly? From)> Notes);
