using Analytics.Engine.Audit;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Reports.Publishing;

/// <summary>A published quarter: when and by whom (UTC).</summary>
public sealed record PublishedQuarter(int Year, int Quarter, DateTime PublishedAtUtc, string PublishedBy);

/// <summary>
/// Which quarters the public results page shows (#18 item 5): a quarter is published for the company and every branch
/// at once, only once it has ended; publishing and withdrawing are audit-trail entries. Nothing else is public.
/// </summary>
public sealed class ResultPublications(AnalyticsStore store, TimeProvider clock)
{
    public IReadOnlyList<PublishedQuarter> List()
    {
        using var c = store.Open();
        return [.. c.Query<PublishedQuarter>("""
            SELECT year AS Year, quarter AS Quarter, published_at_utc AS PublishedAtUtc, published_by AS PublishedBy
            FROM result_publication ORDER BY year DESC, quarter DESC
            """)];
    }

    public bool IsPublished(int year, int quarter)
    {
        using var c = store.Open();
        return c.ExecuteScalar<bool>("SELECT count(*) > 0 FROM result_publication WHERE year = $year AND quarter = $quarter", new { year, quarter });
    }

    /// <summary>Publishes a finished quarter (a running one is refused with <see cref="ReportPeriodException"/>); again = no change.</summary>
    public bool Publish(int year, int quarter, string actor)
    {
        if (year is < 2000 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "Год — от 2000 до 2100.");
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Квартал — от 1 до 4.");
        var now = clock.GetUtcNow().UtcDateTime;
        ReportPeriod.CheckQuarterComplete(year, quarter, new Time.DisplayTime(null, clock).Today);
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var added = c.Execute("""
            INSERT INTO result_publication (year, quarter, published_at_utc, published_by) VALUES ($year, $quarter, $now, $actor)
            ON CONFLICT DO NOTHING
            """, new { year, quarter, now, actor }, tx) == 1;
        if (added) AuditTrail.Append(c, tx, actor, "publish", AuditKinds.ResultPublication, Key(year, quarter), null, new { year, quarter }, now);
        tx.Commit();
        return added;
    }

    /// <summary>Withdraws a quarter: its pages answer 404 again.</summary>
    public bool Unpublish(int year, int quarter, string actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var removed = c.Execute("DELETE FROM result_publication WHERE year = $year AND quarter = $quarter", new { year, quarter }, tx) == 1;
        if (removed) AuditTrail.Append(c, tx, actor, "unpublish", AuditKinds.ResultPublication, Key(year, quarter), new { year, quarter }, null, now);
        tx.Commit();
        return removed;
    }

    /// <summary>The period as it appears in the public address: <c>2025-Q3</c>.</summary>
    public static string Key(int year, int quarter) => $"{year}-Q{quarter}";
}
