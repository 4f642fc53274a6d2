namespace Analytics.Engine.Calendar;

/// <summary>How a deadline norm counts days.</summary>
public enum DayCount
{
    /// <summary>Calendar days ("не более 30 дней", 001 §2.2.4).</summary>
    Calendar,

    /// <summary>Working days of the production calendar ("15 рабочих дней", 002 §8.2.5).</summary>
    WorkingDays,
}

/// <summary>Options of <see cref="DeadlineRule"/>.</summary>
public sealed record DeadlineOptions
{
    /// <summary>
    /// When a calendar-day deadline lands on a day off, move it to the next working day. The standards in
    /// <c>seeds/001</c> and <c>002</c> are silent on this, so the default is <c>false</c> (no move — the stricter
    /// reading). Civil-law practice (Civil Code art. 193) does move it; set <c>true</c> to follow that.
    /// </summary>
    public bool MoveCalendarDeadlineOffDays { get; init; }
}

/// <summary>
/// Due dates of service norms. The clock starts at registration (methodology §5): the registration day is day 0 and
/// the answer is on time if given on or before the due date.
/// Calendar days: due = registration date + days (optionally moved off a day off, see
/// <see cref="DeadlineOptions.MoveCalendarDeadlineOffDays"/>). Working days: due =
/// <see cref="ProductionCalendar.AddWorkingDays"/>(registration date, days) — the first counted day is the working
/// day after registration, so an appeal registered on Saturday with a 1-working-day norm is due on Monday.
/// An extension moves the due date once, counted from the original due date in the same unit.
/// </summary>
public sealed class DeadlineRule(ProductionCalendar calendar, DeadlineOptions? options = null)
{
    private readonly DeadlineOptions _options = options ?? new DeadlineOptions();

    /// <summary>The last day on which an answer is on time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">days &lt; 0.</exception>
    /// <exception cref="CalendarRangeException">The dates fall outside the loaded calendar.</exception>
    public DateOnly Due(DateTime registeredAt, int days, DayCount kind) =>
        Advance(DateOnly.FromDateTime(registeredAt), days, kind);

    /// <summary>The due date after one extension of <paramref name="extensionDays"/>, counted from the original due date.</summary>
    public DateOnly Extend(DateOnly due, int extensionDays, DayCount kind) => Advance(due, extensionDays, kind);

    /// <summary>
    /// Days from <paramref name="asOf"/> to <paramref name="due"/> in the norm's unit: positive = days left, 0 = due
    /// today, negative = days overdue. Working days use <see cref="ProductionCalendar.WorkingDaysBetween"/>.
    /// </summary>
    public int DaysLeft(DateOnly asOf, DateOnly due, DayCount kind) => kind switch
    {
        DayCount.Calendar => due.DayNumber - asOf.DayNumber,
        DayCount.WorkingDays => calendar.WorkingDaysBetween(asOf, due),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown day count."),
    };

    /// <summary>True when the answer came after the due date (answer date compared by calendar date).</summary>
    public static bool IsLate(DateOnly due, DateTime answeredAt) => DateOnly.FromDateTime(answeredAt) > due;

    private DateOnly Advance(DateOnly start, int days, DayCount kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        switch (kind)
        {
            case DayCount.Calendar:
                var due = start.AddDays(days);
                return _options.MoveCalendarDeadlineOffDays ? calendar.NextWorkingDayOnOrAfter(due) : due;
            case DayCount.WorkingDays:
                return calendar.AddWorkingDays(start, days);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown day count.");
        }
    }
}
