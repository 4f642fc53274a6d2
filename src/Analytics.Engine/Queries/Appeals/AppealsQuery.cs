using System.Globalization;
using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Analytics.Engine.Access;
using Dapper;

namespace Analytics.Engine.Queries.Appeals;

/// <summary>
/// The appeals dashboard's numbers: volume by channel, kind, topic and month (by the day received) and repeat
/// appeals from the <c>appeal</c> register; deadline compliance, the overdue and due-soon lists and the deadline
/// findings from the Engine's <see cref="AppealDeadlines"/> (the Standard's due dates, by the day the clock started),
/// so they equal the indicators, the reminders and the reports. The same query serves the page, the exports and the API.
/// </summary>
public sealed class AppealsQuery(AnalyticsStore store, TimeProvider clock, AppealDeadlines deadlines)
{
    private static readonly string Scope = $"""
        FROM appeal a LEFT JOIN org_unit o ON o.code = a.office_code
        WHERE CAST(a.received_at AS DATE) BETWEEN $from AND $to
          AND {BranchScope.Where("o", "a.office_code")}
          AND ($office IS NULL OR a.office_code = $office)
          AND ($channel IS NULL OR a.channel = $channel)
          AND ($consumer IS NULL OR a.consumer_type = $consumer)
        """;

    public AppealReport Load(QueryFilter filter, BranchScope scope)
    {
        filter = filter.Within(scope);
        using var c = store.Open();
        var latest = c.ExecuteScalar<DateTime?>("SELECT max(received_at) FROM appeal");
        var to = filter.To ?? (latest is { } l ? DateOnly.FromDateTime(l) : DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var from = filter.From ?? new DateOnly(to.Year, 1, 1);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var args = new
        {
            from, to, branch = filter.Branch, office = filter.Office, channel = filter.Channel, consumer = filter.ConsumerType,
        };
        var totals = c.QuerySingle<(long Total, long Repeat)>($"""
            SELECT count(*), count(*) FILTER (WHERE a.follow_up_of IS NOT NULL)
            {Scope}
            """, args);
        var deadlineScope = new AppealScope
        {
            From = from, To = to, Branch = filter.Branch, Office = filter.Office, Channel = filter.Channel, ConsumerType = filter.ConsumerType,
        };
        var summary = deadlines.Summary(today, deadlineScope);
        var ru = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var byChannel = Counts(c, $"SELECT a.channel, coalesce(max(ch.{(ru ? "name_ru" : "name_en")}), a.channel), count(*) {Scope.Replace("LEFT JOIN org_unit o", "LEFT JOIN channel ch ON ch.code = a.channel LEFT JOIN org_unit o", StringComparison.Ordinal)} GROUP BY a.channel ORDER BY 3 DESC, 1", args);
        var byKind = Counts(c, $"SELECT a.kind, a.kind, count(*) {Scope} GROUP BY a.kind ORDER BY 3 DESC, 1", args);
        var byTopic = Counts(c, $"SELECT coalesce(a.topic, ''), coalesce(a.topic, ''), count(*) {Scope} GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 20", args);
        var byMonth = Counts(c, $"SELECT strftime(a.received_at, '%Y-%m') AS m, strftime(a.received_at, '%Y-%m'), count(*) {Scope} GROUP BY m ORDER BY m", args);
        var overdue = Due(deadlines.List("overdue", today, deadlineScope, scope));
        var dueSoon = Due(deadlines.List("due_soon", today, deadlineScope, scope));
        return new AppealReport(from, to, totals.Total, summary.Answered, summary.OnTime, totals.Repeat,
            byChannel, byKind, byTopic, byMonth, overdue, dueSoon) { Deadlines = summary };
    }

    private static List<AppealCount> Counts(System.Data.IDbConnection c, string sql, object args) =>
        [.. c.Query<(string Key, string Label, long Count)>(sql, args).Select(r => new AppealCount(r.Key, r.Label, r.Count))];

    // Names and phones come masked from the deadline component for this user's scope.
    private static List<AppealDue> Due(IReadOnlyList<AppealDeadline> rows) =>
        [.. rows.Select(r => new AppealDue(r.RegisterNo, r.OfficeCode, r.Kind, r.Channel, r.ReceivedAt, r.EffectiveDue!.Value,
            r.ConsumerName, r.ConsumerPhone) { RegisterDue = r.RegisterDueIfDifferent })];
}
