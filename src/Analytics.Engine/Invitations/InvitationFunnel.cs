using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>
/// One rule's funnel. Eligible: outbox rows (events that matched the rule); suppressed: those not invited, by reason;
/// sent/delivered/bounced: the invitation message (seq 0); opened: pixel or link; started: link followed or answered;
/// completed: a stored submission carrying the invitation's token; opted out: clients who used the opt-out link.
/// </summary>
public sealed record FunnelRow(string RuleCode, string Title, string Channel, long Eligible, long Suppressed, long Sent,
    long Delivered, long Opened, long Started, long Completed, long Bounced, long OptedOut, long RemindersSent,
    long SuppressedFrequency, long SuppressedOptOut, long SuppressedNoConsent, long SuppressedNoAddress);

/// <summary>The funnel per rule, one query; the page and the tests read it, and the tests count the records behind it.</summary>
public sealed class InvitationFunnel(AnalyticsStore store)
{
    public IReadOnlyList<FunnelRow> ByRule()
    {
        using var c = store.Open();
        return [.. c.Query<FunnelRow>("""
            WITH first AS (SELECT * FROM invitation_message WHERE seq = 0),
            reminders AS (SELECT outbox_id, count(*) AS n FROM invitation_message WHERE seq > 0 AND state = 'sent' GROUP BY outbox_id),
            done AS (SELECT DISTINCT token FROM submission WHERE token IS NOT NULL)
            SELECT r.code AS RuleCode, r.title AS Title, r.channel AS Channel,
                   count(o.id) AS Eligible,
                   count(o.id) FILTER (WHERE o.state = 'suppressed') AS Suppressed,
                   count(o.id) FILTER (WHERE f.sent_at_utc IS NOT NULL) AS Sent,
                   count(o.id) FILTER (WHERE f.delivered_at_utc IS NOT NULL AND f.bounced_at_utc IS NULL) AS Delivered,
                   count(o.id) FILTER (WHERE o.opened_at_utc IS NOT NULL OR o.started_at_utc IS NOT NULL OR d.token IS NOT NULL) AS Opened,
                   count(o.id) FILTER (WHERE o.started_at_utc IS NOT NULL OR d.token IS NOT NULL) AS Started,
                   count(o.id) FILTER (WHERE d.token IS NOT NULL) AS Completed,
                   count(o.id) FILTER (WHERE f.bounced_at_utc IS NOT NULL) AS Bounced,
                   count(o.id) FILTER (WHERE o.opted_out_at_utc IS NOT NULL) AS OptedOut,
                   CAST(coalesce(sum(rm.n), 0) AS BIGINT) AS RemindersSent,
                   count(o.id) FILTER (WHERE o.suppressed_reason = 'frequency') AS SuppressedFrequency,
                   count(o.id) FILTER (WHERE o.suppressed_reason = 'opt_out') AS SuppressedOptOut,
                   count(o.id) FILTER (WHERE o.suppressed_reason = 'no_consent') AS SuppressedNoConsent,
                   count(o.id) FILTER (WHERE o.suppressed_reason = 'no_address') AS SuppressedNoAddress
            FROM invitation_rule r
            LEFT JOIN invitation_outbox o ON o.rule_code = r.code
            LEFT JOIN first f ON f.outbox_id = o.id
            LEFT JOIN reminders rm ON rm.outbox_id = o.id
            LEFT JOIN done d ON d.token = o.token
            GROUP BY r.code, r.title, r.channel
            ORDER BY r.code
            """)];
    }
}
