using System.Globalization;
using Analytics.Engine.Store;
using Dapper;
using Dashboard.Access;
using Dashboard.Filters;

namespace Dashboard.Appeals;

/// <summary>
/// The appeals dashboard's numbers, straight from the <c>appeal</c> register: volume by channel, kind, topic and
/// month, deadline compliance (answered by the due date, an extension counting), unanswered overdue and due-soon
/// lists, and repeat appeals (<c>follow_up_of</c> set). The same query serves the page, the exports and the API.
/// </summary>
public sealed class AppealsQuery(AnalyticsStore store, TimeProvider clock)
{
    private const string Scope = """
        FROM appeal a LEFT JOIN org_unit o ON o.code = a.office_code
        WHERE CAST(a.received_at AS DATE) BETWEEN $from AND $to
          AND ($branch IS NULL OR o.parent_code = $branch OR a.office_code = $branch)
          AND ($office IS NULL OR a.office_code = $office)
          AND ($channel IS NULL OR a.channel = $channel)
          AND ($consumer IS NULL OR a.consumer_type = $consumer)
        """;

    /// <summary>Days ahead that count as "due soon".</summary>
    public int DueSoonDays { get; init; } = 3;

    public AppealReport Load(DashboardFilter filter, UserScope scope)
    {
        filter = filter.For(scope);
        using var c = store.Open();
        var latest = c.ExecuteScalar<DateTime?>("SELECT max(received_at) FROM appeal");
        var to = filter.To ?? (latest is { } l ? DateOnly.FromDateTime(l) : DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var from = filter.From ?? new DateOnly(to.Year, 1, 1);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var args = new
        {
            from, to, branch = filter.Branch, office = filter.Office, channel = filter.Channel, consumer = filter.ConsumerType,
            today, soon = today.AddDays(DueSoonDays),
        };
        var totals = c.QuerySingle<(long Total, long Answered, long OnTime, long Repeat)>($"""
            SELECT count(*),
                   count(*) FILTER (WHERE a.answered_at IS NOT NULL AND coalesce(a.extended_to, a.due_at) IS NOT NULL),
                   count(*) FILTER (WHERE a.answered_at IS NOT NULL AND a.answered_at <= coalesce(a.extended_to, a.due_at)),
                   count(*) FILTER (WHERE a.follow_up_of IS NOT NULL)
            {Scope}
            """, args);
        var ru = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var byChannel = Counts(c, $"SELECT a.channel, coalesce(max(ch.{(ru ? "name_ru" : "name_en")}), a.channel), count(*) {Scope.Replace("LEFT JOIN org_unit o", "LEFT JOIN channel ch ON ch.code = a.channel LEFT JOIN org_unit o", StringComparison.Ordinal)} GROUP BY a.channel ORDER BY 3 DESC, 1", args);
        var byKind = Counts(c, $"SELECT a.kind, a.kind, count(*) {Scope} GROUP BY a.kind ORDER BY 3 DESC, 1", args);
        var byTopic = Counts(c, $"SELECT coalesce(a.topic, ''), coalesce(a.topic, ''), count(*) {Scope} GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 20", args);
        var byMonth = Counts(c, $"SELECT strftime(a.received_at, '%Y-%m') AS m, strftime(a.received_at, '%Y-%m'), count(*) {Scope} GROUP BY m ORDER BY m", args);
        var open = $"""
            SELECT a.register_no, a.office_code, a.kind, a.channel, a.received_at, CAST(coalesce(a.extended_to, a.due_at) AS DATE) AS due,
                   a.consumer_name, a.consumer_phone
            {Scope} AND a.answered_at IS NULL AND a.status IN ('open', 'in_progress') AND coalesce(a.extended_to, a.due_at) IS NOT NULL
            """;
        var overdue = Due(c, $"SELECT * FROM ({open}) WHERE due < $today ORDER BY due, register_no LIMIT 500", args, scope);
        var dueSoon = Due(c, $"SELECT * FROM ({open}) WHERE due BETWEEN $today AND $soon ORDER BY due, register_no LIMIT 500", args, scope);
        return new AppealReport(from, to, totals.Total, totals.Answered, totals.OnTime, totals.Repeat,
            byChannel, byKind, byTopic, byMonth, overdue, dueSoon);
    }

    private static List<AppealCount> Counts(System.Data.IDbConnection c, string sql, object args) =>
        [.. c.Query<(string Key, string Label, long Count)>(sql, args).Select(r => new AppealCount(r.Key, r.Label, r.Count))];

    private static List<AppealDue> Due(System.Data.IDbConnection c, string sql, object args, UserScope scope) =>
        [.. c.Query<(string No, string Office, string Kind, string Channel, DateTime Received, DateTime Due, string? Name, string? Phone)>(sql, args)
            .Select(r => new AppealDue(r.No, r.Office, r.Kind, r.Channel, r.Received, DateOnly.FromDateTime(r.Due),
                scope.Personal(r.Name), scope.Personal(r.Phone)))];
}
