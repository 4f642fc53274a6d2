namespace Analytics.Engine.Calendar;

/// <summary>What a date is in the production calendar.</summary>
public enum DayKind : byte
{
    /// <summary>An ordinary working day (8 hours in a 40-hour week).</summary>
    Working = 0,

    /// <summary>A pre-holiday working day shortened by one hour (XML <c>t="2"</c>); may fall on a working Saturday.</summary>
    Shortened = 1,

    /// <summary>A Saturday or Sunday that is not moved to work.</summary>
    Weekend = 2,

    /// <summary>A public holiday, a day off transferred from a weekend, or a decreed non-working day (XML <c>t="1"</c>).</summary>
    Holiday = 3,
}

/// <summary>
/// One date of the production calendar: its kind, working hours (8, 7 when shortened, 0 off), the holiday's title
/// when the XML names one (<c>h</c>), and the date the day off was transferred from (<c>f</c>), if any.
/// </summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? HolidayTitle, DateOnly? TransferredFrom)
{
    /// <summary>True for <see cref="DayKind.Working"/> and <see cref="DayKind.Shortened"/>.</summary>
    public bool IsWorking => Kind is DayKind.Working or DayKind.Shortened;

    /// <summary>Standard hours for a 40-hour week: 8 on a working day, 7 on a shortened one, 0 on a day off.</summary>
    public int WorkingHours => Kind switch
    {
        DayKind.Working => ProductionCalendar.FullDayHours,
        DayKind.Shortened => ProductionCalendar.FullDayHours - 1,
        _ => 0,
    };
}
