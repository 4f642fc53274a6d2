namespace Analytics.Engine.Calendar;

/// <summary>
/// A date lies outside the years the production calendar was loaded for. The engine never guesses working days from
/// weekdays alone: add the year's XML to <c>data/calendar/</c> instead.
/// </summary>
public sealed class CalendarRangeException(DateOnly date, int firstYear, int lastYear, string? action = null)
    : InvalidOperationException(
        $"{action ?? "The date"} {date:yyyy-MM-dd} is outside the production calendar, which covers " +
        $"{firstYear}–{lastYear}. Add the year's calendar file to data/calendar/.")
{
    /// <summary>The offending date (for arithmetic, the start date).</summary>
    public DateOnly Date { get; } = date;

    public int FirstYear { get; } = firstYear;

    public int LastYear { get; } = lastYear;
}

/// <summary>A production-calendar XML file is malformed; the message names the source, line and attribute.</summary>
public sealed class CalendarFormatException(string message) : FormatException(message);
