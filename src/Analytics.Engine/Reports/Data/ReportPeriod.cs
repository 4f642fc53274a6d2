using Analytics.Engine.Time;

namespace Analytics.Engine.Reports.Data;

/// <summary>
/// Which part of a year a report may honestly speak for, judged against today in the display zone: a finished year
/// covers months 1–12; the running year covers its finished months only (the current month is incomplete) and is a
/// draft, watermarked «ПРОЕКТ», with the previous year cut to the same months so the two are like for like.
/// A Declaration or a quarterly report of a period still running is refused instead (it is signed or published).
/// </summary>
public sealed record ReportPeriod(int Year, int ThroughMonth, DateOnly Today)
{
    public bool IsDraft => ThroughMonth < 12 || Year >= Today.Year;

    /// <summary>The last year that has ended — the default for every yearly report.</summary>
    public static int LastCompleteYear(DateOnly today) => today.Year - 1;

    public static int LastCompleteYear(DisplayTime time) => LastCompleteYear((time ?? DisplayTime.Default).Today);

    /// <summary>The period of an annual report for <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year has not started, or no month of it has ended yet.</exception>
    public static ReportPeriod Annual(int year, DateOnly today)
    {
        if (year > today.Year)
            throw new ReportPeriodException(nameof(year), year, $"Год {year} ещё не начался; последний завершённый год — {today.Year - 1}.");
        if (year < today.Year) return new ReportPeriod(year, 12, today);
        if (today.Month == 1)
            throw new ReportPeriodException(nameof(year), year, $"В {year} году ещё нет ни одного завершённого месяца; последний завершённый год — {today.Year - 1}.");
        return new ReportPeriod(year, today.Month - 1, today);
    }

    /// <summary>The period of a Declaration: finished years only.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is still running or in the future.</exception>
    public static ReportPeriod Complete(int year, DateOnly today)
    {
        if (year >= today.Year)
            throw new ReportPeriodException(nameof(year), year,
                $"Декларация составляется за завершённый год: {year} год ещё не закончился. Последний завершённый год — {today.Year - 1}.");
        return new ReportPeriod(year, 12, today);
    }

    /// <summary>Quarterly reports are published for finished quarters only.</summary>
    public static void CheckQuarterComplete(int year, int quarter, DateOnly today)
    {
        var end = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        if (end >= today)
            throw new ReportPeriodException(nameof(quarter), quarter,
                $"{quarter} квартал {year} года ещё не закончился (последний день — {Ru.Date(end)}); отчёт публикуется за завершённый квартал.");
    }

    /// <summary>«январь–ноябрь» for a draft; «» for a whole year.</summary>
    public string MonthsLabel => ThroughMonth >= 12 ? "" :
        ThroughMonth == 1 ? Ru.MonthsNominative[0] : $"{Ru.MonthsNominative[0]}–{Ru.MonthsNominative[ThroughMonth - 1]}";

    /// <summary>
    /// The date a document is dated, signed and created (PDF CreationDate): the configured <c>Reports:DocumentDate</c>
    /// or today — never a day after today, never before the period it reports on has data.
    /// </summary>
    public DateOnly DocumentDate(DateOnly? configured) => configured is { } c && c <= Today ? c : Today;
}

/// <summary>
/// A period a document may not be made for (not started, still running). An <see cref="ArgumentOutOfRangeException"/>
/// so existing callers map it to 400 / a usage error; the message is the Russian reason alone, fit to show a user.
/// </summary>
public sealed class ReportPeriodException : ArgumentOutOfRangeException
{
    private readonly string _reason;

    public ReportPeriodException(string paramName, int actualValue, string reason) : base(paramName, actualValue, reason) => _reason = reason;

    public override string Message => _reason;
}
