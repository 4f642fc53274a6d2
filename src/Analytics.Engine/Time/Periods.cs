using System.Globalization;

namespace Analytics.Engine.Time;

/// <summary>
/// Whether a calendar period is complete as of a day (#15.6, D14): a month, quarter or year still running is drawn and
/// labelled as incomplete everywhere (charts, tables, year-over-year comparisons), so a 3-day December does not read
/// as a collapse. "Today" is the display zone's (Moscow) date — <see cref="DisplayTime.Today"/>.
/// </summary>
public static class Periods
{
    /// <summary>A period is complete once its last day has passed.</summary>
    public static bool IsComplete(DateOnly lastDay, DateOnly today) => today > lastDay;

    public static bool IsMonthComplete(int year, int month, DateOnly today) =>
        IsComplete(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), today);

    public static bool IsQuarterComplete(int year, int quarter, DateOnly today) => IsMonthComplete(year, quarter * 3, today);

    public static bool IsYearComplete(int year, DateOnly today) => IsMonthComplete(year, 12, today);

    /// <summary>A month key "yyyy-MM" (as the queries group by); an unreadable key counts as complete.</summary>
    public static bool IsMonthKeyComplete(string key, DateOnly today) =>
        !DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
        || IsMonthComplete(first.Year, first.Month, today);

    /// <summary>
    /// The same months of the year before, for a year-over-year comparison: when <paramref name="year"/> is still
    /// running, January up to the last complete month (none in January); otherwise all twelve.
    /// </summary>
    public static int ComparableMonths(int year, DateOnly today) =>
        IsYearComplete(year, today) ? 12 : today.Year == year ? today.Month - 1 : today.Year < year ? 0 : 12;
}
