using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Tests.Support;

/// <summary>Small hand-built rows for indicator and compliance tests.</summary>
internal static class Seed
{
    public static void Org(AnalyticsStore store)
    {
        using var c = store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
              ('CO', 'company', NULL, 'Company'),
              ('B1', 'branch', 'CO', 'Branch 1'), ('B2', 'branch', 'CO', 'Branch 2'),
              ('O11', 'office', 'B1', 'Office 11'), ('O12', 'office', 'B1', 'Office 12'), ('O21', 'office', 'B2', 'Office 21')
            """);
    }

    public static void Appeal(AnalyticsStore store, string no, string office, string registered, string? answered = null,
        string channel = "post", string consumerType = "individual", string kind = "complaint", bool? poorQuality = null,
        string? extendedTo = null, string? consumerKey = null, string? followUpOf = null, string? received = null,
        string? contact = null, string? dueAt = null)
    {
        using var c = store.Open();
        c.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, channel, kind, poor_quality,
                                received_at, registered_at, extended_to, answered_at, status, follow_up_of, contact_left, due_at)
            VALUES ($no, $office, $type, $key, $channel, $kind, $pq, CAST($received AS TIMESTAMP), CAST($registered AS TIMESTAMP),
                    CAST($ext AS TIMESTAMP), CAST($answered AS TIMESTAMP), $status, $follow, $contact, CAST($due AS TIMESTAMP))
            """, new
        {
            no, office, type = consumerType, key = consumerKey, channel, kind, pq = poorQuality,
            received = received ?? registered, registered, ext = extendedTo, answered,
            status = answered is null ? "open" : "answered", follow = followUpOf, contact, due = dueAt,
        });
    }

    public static void Measure(AnalyticsStore store, string no, int measureNo, string completed)
    {
        using var c = store.Open();
        c.Execute("INSERT INTO appeal_measure (register_no, measure_no, completed_at) VALUES ($no, $k, CAST($t AS TIMESTAMP))",
            new { no, k = measureNo, t = completed });
    }

    public static void Sql(AnalyticsStore store, string sql)
    {
        using var c = store.Open();
        c.Execute(sql);
    }
}
