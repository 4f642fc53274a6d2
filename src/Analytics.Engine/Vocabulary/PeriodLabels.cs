using System.Globalization;
using Analytics.Engine.Indicators;
using Periods = Analytics.Engine.Time.Periods;

namespace Analytics.Engine.Vocabulary;

/// <summary>
/// How a period is named where people read it, with the partial-period rule of <see cref="Periods"/>: a month,
/// quarter or year still running carries "*" ("дек 2026*") and the table it is in gets the footnote
/// "* период не завершён: данные по 03.12.2026". A year-over-year figure for a running year compares the same
/// complete months of both years and says so ("янв–ноя 2026 к янв–ноя 2025"). One text for pages, exports and PDFs.
/// </summary>
public static class PeriodLabels
{
    public const string Mark = "*";

    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    /// <summary>True when the period starting at <paramref name="start"/> is over on <paramref name="today"/>.</summary>
    public static bool IsComplete(DateOnly start, Granularity granularity, DateOnly today) => granularity switch
    {
        Granularity.Year => Periods.IsYearComplete(start.Year, today),
        Granularity.Quarter => Periods.IsQuarterComplete(start.Year, (start.Month - 1) / 3 + 1, today),
        _ => Periods.IsMonthComplete(start.Year, start.Month, today),
    };

    /// <summary>"янв 2026", "IV кв. 2026" or "2026" (English: "Jan 2026", "Q4 2026"), with "*" while it is running.</summary>
    public static string Of(DateOnly start, Granularity granularity, DateOnly today, CultureInfo? culture = null) =>
        Name(start, granularity, culture) + (IsComplete(start, granularity, today) ? "" : Mark);

    /// <summary>The period's name without the mark.</summary>
    public static string Name(DateOnly start, Granularity granularity, CultureInfo? culture = null) => granularity switch
    {
        Granularity.Year => start.Year.ToString(CultureInfo.InvariantCulture),
        Granularity.Quarter => En(culture) ? $"Q{(start.Month - 1) / 3 + 1} {start.Year}" : $"{Quarters[(start.Month - 1) / 3]} кв. {start.Year}",
        _ => $"{MonthShort(start.Month, culture)} {start.Year}",
    };

    /// <summary>The footnote under a table holding a marked period: "* период не завершён: данные по 03.12.2026".</summary>
    public static string PartialNote(DateOnly today, CultureInfo? culture = null) =>
        (En(culture) ? "* period not finished: data to " : "* период не завершён: данные по ")
        + today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// What a year-over-year figure of <paramref name="year"/> compares: the whole years ("2025 к 2024") once the year
    /// is over, the same complete months while it runs ("янв–ноя 2026 к янв–ноя 2025"), null in its first month (no
    /// complete month to compare).
    /// </summary>
    public static string? Comparison(int year, DateOnly today, CultureInfo? culture = null)
    {
        var months = Periods.ComparableMonths(year, today);
        if (months == 0) return null;
        var to = En(culture) ? " vs " : " к ";
        if (months == 12) return $"{year}{to}{year - 1}";
        var span = months == 1 ? MonthShort(1, culture) : $"{MonthShort(1, culture)}–{MonthShort(months, culture)}";
        return $"{span} {year}{to}{span} {year - 1}";
    }

    /// <summary>
    /// The months a sparkline covers, as a caption: "янв – ноя 2026", "дек 2025 – ноя 2026"; a last month still
    /// running carries "*". Months are "yyyy-MM" (the indicator service's month periods); other text is kept as is.
    /// </summary>
    public static string MonthSpan(string first, string last, DateOnly today, CultureInfo? culture = null)
    {
        if (!TryMonth(first, out var from) || !TryMonth(last, out var to)) return first == last ? first : $"{first} – {last}";
        var mark = IsComplete(to, Granularity.Month, today) ? "" : Mark;
        if (from == to) return Name(to, Granularity.Month, culture) + mark;
        var start = from.Year == to.Year ? MonthShort(from.Month, culture) : Name(from, Granularity.Month, culture);
        return $"{start} – {Name(to, Granularity.Month, culture)}{mark}";
    }

    /// <summary>
    /// Said of a year still running wherever a whole year is ranked or compared (Benchmark): "неполный год: янв–дек
    /// 2026, данные по 04.12.2026" — which months it holds; null for a finished year.
    /// </summary>
    public static string? PartialYear(int year, DateOnly today, CultureInfo? culture = null)
    {
        if (Periods.IsYearComplete(year, today) || year > today.Year) return null;
        var months = today.Month == 1 ? MonthShort(1, culture) : $"{MonthShort(1, culture)}–{MonthShort(today.Month, culture)}";
        var date = today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return En(culture) ? $"part year: {months} {year}, data to {date}" : $"неполный год: {months} {year}, данные по {date}";
    }

    private static bool TryMonth(string text, out DateOnly month) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    private static string MonthShort(int month, CultureInfo? culture) =>
        En(culture) ? new DateTime(2000, month, 1).ToString("MMM", CultureInfo.GetCultureInfo("en-GB")) : Numbers.MonthsShort[month - 1];

    private static bool En(CultureInfo? culture) => Labels.IsEnglish(culture ?? CultureInfo.CurrentUICulture);
}
