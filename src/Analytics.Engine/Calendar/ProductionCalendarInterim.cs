using System.Globalization;
using System.Xml.Linq;

namespace Analytics.Engine.Calendar;

// INTERIM: stands in for the branch `stats` ProductionCalendar until the lead merges it; delete this file then.
// Same public names: ProductionCalendar.Default, IsWorkingDay, AddWorkingDays, WorkingDaysBetween, CalendarRangeException.

/// <summary>Russian production calendar read from the xmlcalendar files (interim implementation).</summary>
public sealed class ProductionCalendar
{
    private readonly Dictionary<DateOnly, bool> _overrides;
    private readonly int _firstYear;
    private readonly int _lastYear;

    private ProductionCalendar(Dictionary<DateOnly, bool> overrides, int firstYear, int lastYear)
    {
        _overrides = overrides;
        _firstYear = firstYear;
        _lastYear = lastYear;
    }

    private static readonly Lazy<ProductionCalendar> LazyDefault = new(() => FromFolder(FindFolder()));

    /// <summary>The calendar of <c>data/production-calendar-ru</c> (or <c>../shared/data/production-calendar-ru</c>).</summary>
    public static ProductionCalendar Default => LazyDefault.Value;

    /// <summary>True for a working day.</summary>
    /// <exception cref="CalendarRangeException">The date is outside the loaded years.</exception>
    public bool IsWorkingDay(DateOnly day)
    {
        if (day.Year < _firstYear || day.Year > _lastYear) throw new CalendarRangeException(day);
        return _overrides.TryGetValue(day, out var working)
            ? working
            : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        var step = days >= 0 ? 1 : -1;
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// <summary>Working days in (from, to].</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1)) if (IsWorkingDay(d)) count++;
        return count;
    }

    private static ProductionCalendar FromFolder(string folder)
    {
        var overrides = new Dictionary<DateOnly, bool>();
        var years = new List<int>();
        foreach (var file in Directory.GetFiles(folder, "*.xml"))
        {
            var root = XDocument.Load(file).Root!;
            var year = int.Parse(root.Attribute("year")!.Value, CultureInfo.InvariantCulture);
            years.Add(year);
            foreach (var d in root.Descendants("day"))
            {
                var md = d.Attribute("d")!.Value.Split('.');
                var date = new DateOnly(year, int.Parse(md[0], CultureInfo.InvariantCulture), int.Parse(md[1], CultureInfo.InvariantCulture));
                overrides[date] = d.Attribute("t")!.Value != "1";
            }
        }
        if (years.Count == 0) throw new InvalidOperationException($"No production calendar files in {folder}.");
        return new ProductionCalendar(overrides, years.Min(), years.Max());
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "data", "production-calendar-ru"),
                                               Path.Combine(dir.FullName, "shared", "data", "production-calendar-ru") })
                if (Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("production-calendar-ru folder not found.");
    }
}

/// <summary>The date is outside the years the production calendar covers.</summary>
public sealed class CalendarRangeException(DateOnly day) : Exception($"{day:yyyy-MM-dd} is outside the production calendar.")
{
    public DateOnly Day { get; } = day;
}
