namespace Analytics.Engine.Calendar;

/// <summary>
/// The Russian production calendar (производственный календарь) over a contiguous range of years: which dates are
/// working, shortened or off, and working-day arithmetic. Immutable and thread-safe. <see cref="Default"/> holds the
/// years shipped in <c>data/calendar/*.xml</c> (embedded in the assembly). Any date outside
/// <see cref="FirstYear"/>…<see cref="LastYear"/> raises <see cref="CalendarRangeException"/>; the calendar never
/// falls back to guessing from weekdays.
/// </summary>
/// <remarks>
/// Conventions (docs/calendar.md): <see cref="AddWorkingDays"/> counts from the working day after the start
/// (start + 1 = the next working day; + 0 = start itself, even on a day off); <see cref="WorkingDaysBetween"/>
/// counts working days in (from, to], negative when to &lt; from.
/// </remarks>
public sealed partial class ProductionCalendar
{
    /// <summary>Hours of an ordinary working day in a 40-hour week; a shortened day has one hour less.</summary>
    public const int FullDayHours = 8;

    private static readonly Lazy<ProductionCalendar> DefaultCalendar = new(LoadEmbedded);

    private readonly DateOnly _first;
    private readonly DayKind[] _kinds;
    // _cumulative[i] = working days among the first i days of the range; a prefix sum makes range counts O(1).
    private readonly int[] _cumulative;
    private readonly Dictionary<int, (string? Title, DateOnly? From)> _notes;

    /// <summary>The calendar of the embedded years (loaded once, on first use).</summary>
    public static ProductionCalendar Default => DefaultCalendar.Value;

    /// <summary>First year covered.</summary>
    public int FirstYear { get; }

    /// <summary>Last year covered.</summary>
    public int LastYear { get; }

    /// <summary>
    /// Builds a calendar from one XML stream per year (xmlcalendar.ru format). Years must be distinct and contiguous.
    /// Each pair's name is used in error messages.
    /// </summary>
    /// <exception cref="CalendarFormatException">Malformed XML, a duplicate year or a gap between years.</exception>
    public ProductionCalendar(IEnumerable<(string Name, Stream Xml)> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var parsed = years.Select(y => CalendarXml.Read(y.Xml, y.Name)).OrderBy(y => y.Year).ToList();
        if (parsed.Count == 0) throw new CalendarFormatException("No production-calendar years were given.");
        for (var i = 1; i < parsed.Count; i++)
        {
            if (parsed[i].Year == parsed[i - 1].Year)
                throw new CalendarFormatException($"Production-calendar year {parsed[i].Year} is given twice.");
            if (parsed[i].Year != parsed[i - 1].Year + 1)
                throw new CalendarFormatException(
                    $"Production-calendar years must be contiguous: {parsed[i - 1].Year} is followed by {parsed[i].Year}.");
        }

        FirstYear = parsed[0].Year;
        LastYear = parsed[^1].Year;
        _first = new DateOnly(FirstYear, 1, 1);
        _kinds = parsed.SelectMany(y => y.Kinds).ToArray();
        _notes = [];
        var offset = 0;
        foreach (var year in parsed)
        {
            foreach (var (index, note) in year.Notes) _notes[offset + index] = note;
            offset += year.Kinds.Length;
        }

        _cumulative = new int[_kinds.Length + 1];
        for (var i = 0; i < _kinds.Length; i++)
            _cumulative[i + 1] = _cumulative[i] + (IsWorking(_kinds[i]) ? 1 : 0);
    }

    /// <summary>First date covered (1 January of <see cref="FirstYear"/>).</summary>
    public DateOnly FirstDate => _first;

    /// <summary>Last date covered (31 December of <see cref="LastYear"/>).</summary>
    public DateOnly LastDate => new(LastYear, 12, 31);

    /// <summary>True when the date is in the loaded range.</summary>
    public bool Covers(DateOnly date) => date >= FirstDate && date <= LastDate;

    /// <summary>The kind of a date, its hours and holiday/transfer notes.</summary>
    public CalendarDay GetDay(DateOnly date)
    {
        var index = Index(date);
        var note = _notes.GetValueOrDefault(index);
        return new CalendarDay(date, _kinds[index], note.Title, note.From);
    }

    /// <summary>True for ordinary and shortened working days (including working Saturdays).</summary>
    public bool IsWorkingDay(DateOnly date) => IsWorking(_kinds[Index(date)]);

    /// <summary>True for a pre-holiday working day shortened by one hour.</summary>
    public bool IsShortenedDay(DateOnly date) => _kinds[Index(date)] == DayKind.Shortened;

    /// <summary>Working hours of the date for a 40-hour week: 8, 7 when shortened, 0 on a day off.</summary>
    public int WorkingHours(DateOnly date) => GetDay(date).WorkingHours;

    /// <summary>Working hours in the closed range [from, to] (the monthly/annual norm of a 40-hour week); 0 if to &lt; from.</summary>
    public int WorkingHoursInRange(DateOnly from, DateOnly to)
    {
        int a = Index(from), b = Index(to);
        var hours = 0;
        for (var i = a; i <= b; i++)
            hours += _kinds[i] switch { DayKind.Working => FullDayHours, DayKind.Shortened => FullDayHours - 1, _ => 0 };
        return hours;
    }

    private static bool IsWorking(DayKind kind) => kind is DayKind.Working or DayKind.Shortened;

    private int Index(DateOnly date)
    {
        if (!Covers(date)) throw new CalendarRangeException(date, FirstYear, LastYear);
        return date.DayNumber - _first.DayNumber;
    }

    private DateOnly DateAt(int index) => _first.AddDays(index);
}
