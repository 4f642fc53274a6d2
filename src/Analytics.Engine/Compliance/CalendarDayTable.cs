using Analytics.Engine.Calendar;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Compliance;

/// <summary>
/// Loads the production calendar into <c>calendar_day</c> so SQL can count working days: <c>wd_seq</c> numbers
/// working days cumulatively, so "the N-th working day after d" is the working day whose wd_seq is wd_seq(d) + N.
/// </summary>
public static class CalendarDayTable
{
    /// <summary>First and last year the table is filled for (days the calendar does not cover are left out: their due dates are NULL).</summary>
    public const int FirstYear = 2013, LastYear = 2030;

    /// <summary>Replaces the table with every day the calendar covers; returns the number of days stored.</summary>
    public static int Fill(AnalyticsStore store, ProductionCalendar? calendar = null)
    {
        calendar ??= ProductionCalendar.Default;
        var rows = new List<(DateOnly Day, bool Working, bool Shortened)>();
        for (var d = new DateOnly(FirstYear, 1, 1); d <= new DateOnly(LastYear, 12, 31); d = d.AddDays(1))
            if (calendar.Covers(d)) rows.Add((d, calendar.IsWorkingDay(d), calendar.IsShortenedDay(d)));
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        connection.Execute("DELETE FROM calendar_day", transaction: tx);
        using (var appender = connection.CreateAppender("calendar_day"))
        {
            var seq = 0;
            foreach (var (day, working, shortened) in rows)
            {
                if (working) seq++;
                appender.CreateRow().AppendValue(day).AppendValue(working).AppendValue(shortened).AppendValue(seq).EndRow();
            }
        }
        tx.Commit();
        return rows.Count;
    }

    /// <summary>Fills the table when it is empty.</summary>
    public static void EnsureFilled(AnalyticsStore store)
    {
        using (var connection = store.Open())
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM calendar_day") > 0) return;
        Fill(store);
    }
}
