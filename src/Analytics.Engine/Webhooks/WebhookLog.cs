using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Webhooks;

/// <summary>One HTTP attempt of a delivery, as the delivery log shows it (times UTC; pages show Moscow time).</summary>
public sealed record WebhookAttempt(string DeliveryId, long SubscriberId, string SubscriberName, string EventType, string EventId,
    int Attempt, DateTime AtUtc, int? Status, string? Error, int DurationMs, string DeliveryState)
{
    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>Which attempts to list: one subscriber, one delivery; a page of <see cref="Take"/> from <see cref="Skip"/>.</summary>
public sealed record WebhookLogFilter(long? Subscriber = null, string? Delivery = null, int Skip = 0, int Take = 50);

/// <summary>A page of the log and how many attempts match in all.</summary>
public sealed record WebhookLogPage(IReadOnlyList<WebhookAttempt> Rows, long Total);

/// <summary>The delivery log: every attempt, newest first.</summary>
public sealed class WebhookLog(AnalyticsStore store)
{
    public WebhookLogPage Attempts(WebhookLogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = Math.Clamp(filter.Take, 1, 500);
        var skip = Math.Max(0, filter.Skip);
        using var c = store.Open();
        const string From = """
            FROM webhook_attempt a
            JOIN webhook_delivery d ON d.id = a.delivery_id
            JOIN webhook_event e ON e.id = d.event_id
            JOIN webhook_subscriber s ON s.id = d.subscriber_id
            WHERE ($sub IS NULL OR s.id = $sub) AND ($delivery IS NULL OR d.id = $delivery)
            """;
        var args = new { sub = filter.Subscriber, delivery = filter.Delivery, take, skip };
        var total = c.ExecuteScalar<long>("SELECT count(*) " + From, args);
        var rows = c.Query<WebhookAttempt>($"""
            SELECT d.id AS DeliveryId, s.id AS SubscriberId, s.name AS SubscriberName, e.type AS EventType, e.event_id AS EventId,
                   a.attempt AS Attempt, a.at_utc AS AtUtc, a.status AS Status, a.error AS Error, a.duration_ms AS DurationMs, d.state AS DeliveryState
            {From}
            ORDER BY a.at_utc DESC, a.delivery_id, a.attempt DESC
            LIMIT $take OFFSET $skip
            """, args).ToList();
        return new WebhookLogPage(rows, total);
    }
}
