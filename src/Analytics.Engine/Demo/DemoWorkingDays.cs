namespace Analytics.Engine.Demo;

/// <summary>
/// Working-day arithmetic for the demo's due dates and office days. Without a production calendar it treats
/// Saturday and Sunday as days off; pass the production calendar's predicate through
/// <see cref="DemoOptions.IsWorkingDay"/> to honour holidays and transferred days.
/// </summary>
public sealed class DemoWorkingDays(Func<DateOnly, bool>? isWorkingDay = null)
{
    private readonly Func<DateOnly, bool> _isWorkingDay = isWorkingDay ?? WeekdaysOnly;

    public bool IsWorkingDay(DateOnly day) => _isWorkingDay(day);

    /// <summary>The day itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!_isWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The day itself when it is a working day, otherwise the previous working day.</summary>
    public DateOnly OnOrBefore(DateOnly day)
    {
        while (!_isWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (which itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (_isWorkingDay(day)) days--;
        }
        return day;
    }

    private static bool WeekdaysOnly(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
