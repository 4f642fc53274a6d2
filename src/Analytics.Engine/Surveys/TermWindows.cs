namespace Analytics.Engine.Surveys;

/// <summary>
/// The two windows emerging terms compare: before = [<see cref="BeforeFrom"/>, <see cref="NowFrom"/>), now =
/// [<see cref="NowFrom"/>, <see cref="NowTo"/>). <see cref="Week"/> and <see cref="Month"/> are the last complete
/// calendar week (Monday to Sunday) or month before a day and the one before it, so a daily run asks about the same
/// period all week (or month) long — what lets a notification be posted once per topic per period.
/// </summary>
public sealed record TermWindows(DateTime BeforeFrom, DateTime NowFrom, DateTime NowTo)
{
    public const string WeekName = "week", MonthName = "month";
    public static readonly IReadOnlyList<string> Names = [WeekName, MonthName];

    public static TermWindows Week(DateOnly asOf)
    {
        var monday = asOf.AddDays(-(((int)asOf.DayOfWeek + 6) % 7)).ToDateTime(TimeOnly.MinValue);
        return new(monday.AddDays(-14), monday.AddDays(-7), monday);
    }

    public static TermWindows Month(DateOnly asOf)
    {
        var first = new DateTime(asOf.Year, asOf.Month, 1);
        return new(first.AddMonths(-2), first.AddMonths(-1), first);
    }

    /// <summary>The windows named <paramref name="name"/> (week or month) before <paramref name="asOf"/>; another name is an error.</summary>
    public static TermWindows Of(string name, DateOnly asOf) => name switch
    {
        WeekName => Week(asOf),
        MonthName => Month(asOf),
        _ => throw new ArgumentException($"Window '{name}' is not one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The sources in the current and in the previous window (others dropped).</summary>
    public (List<TermSource> Now, List<TermSource> Before) Split(IEnumerable<TermSource> sources)
    {
        var now = new List<TermSource>();
        var before = new List<TermSource>();
        foreach (var s in sources)
        {
            if (s.At >= NowFrom && s.At < NowTo) now.Add(s);
            else if (s.At >= BeforeFrom && s.At < NowFrom) before.Add(s);
        }
        return (now, before);
    }
}
