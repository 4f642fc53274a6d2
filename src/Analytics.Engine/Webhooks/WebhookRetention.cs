using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Webhooks;

/// <summary>
/// Keeps the delivery log bounded (ADR 0029): a delivery that is finished — delivered, or failed after its last
/// attempt — and whose last activity is older than <see cref="WebhookOptions.DeliveryRetentionDays"/> is removed with
/// its attempts; an event left with no delivery and older than the same cut-off goes too. A pending or sending
/// delivery stays whatever its age (a paused subscriber's queue, a claim about to be retried): removing it would lose
/// a webhook, which ADR 0028 rates worse than a repeat.
/// </summary>
internal sealed class WebhookRetention(AnalyticsStore store, WebhookOptions options)
{
    /// <summary>Removes what is past the retention as of <paramref name="nowUtc"/>; returns the deliveries removed.</summary>
    public int Prune(DateTime nowUtc)
    {
        var cutoff = nowUtc.AddDays(-options.DeliveryRetentionDays);
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        // delivered_at_utc for a delivered one; a failed one's due_at_utc is set to the moment of its last attempt.
        const string Old = "state IN ('delivered', 'failed') AND coalesce(delivered_at_utc, due_at_utc) < $cutoff";
        c.Execute($"DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM webhook_delivery WHERE {Old})", new { cutoff }, tx);
        var removed = c.Execute($"DELETE FROM webhook_delivery WHERE {Old}", new { cutoff }, tx);
        c.Execute("""
            DELETE FROM webhook_event WHERE created_at_utc < $cutoff AND id NOT IN (SELECT event_id FROM webhook_delivery)
            """, new { cutoff }, tx);
        tx.Commit();
        return removed;
    }
}
