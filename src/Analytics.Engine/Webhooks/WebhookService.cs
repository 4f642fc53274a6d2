using Analytics.Engine.Store;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Webhooks;

/// <summary>
/// The entry point of delivery: the Hangfire job (every minute), <c>analytics webhooks run</c> and the admin page's
/// test ping call it. A run also prunes the delivery log (<see cref="WebhookOptions.DeliveryRetentionDays"/>). Safe to run concurrently with itself (unique delivery key, conditional claims).
/// </summary>
public sealed class WebhookService(AnalyticsStore store, IOptions<WebhookOptions> options, WebhookSubscribers subscribers,
    HttpClient http, TimeProvider clock)
{
    /// <summary>Sends what is due, then removes the finished deliveries older than the retention (one pass of the job).</summary>
    public async Task<WebhookRun> Run(DateTime? asOfUtc = null, CancellationToken cancellationToken = default)
    {
        var now = asOfUtc ?? clock.GetUtcNow().UtcDateTime;
        var run = await Dispatcher().Dispatch(now, null, cancellationToken);
        return run with { Pruned = new WebhookRetention(store, options.Value).Prune(now) };
    }

    /// <summary>
    /// Sends a <c>ping</c> to one subscriber now (even a paused one — checking the receiver before resuming is the
    /// point) and returns its attempt; it is logged like any other delivery.
    /// </summary>
    public async Task<WebhookAttempt> Ping(long subscriberId, string actor, CancellationToken cancellationToken = default)
    {
        var subscriber = subscribers.Get(subscriberId) ?? throw new WebhookInputException($"Подписчик {subscriberId} не найден.");
        var now = clock.GetUtcNow().UtcDateTime;
        var (eventId, body) = WebhookOutbox.Body(WebhookEvents.Ping, new { subscriber = subscriber.Id, name = subscriber.Name, requestedBy = actor }, now);
        var deliveryId = Guid.NewGuid().ToString("D");
        using (var c = store.Open())
        {
            using var tx = c.BeginTransaction();
            var id = c.ExecuteScalar<long>("INSERT INTO webhook_event (event_id, type, body, created_at_utc) VALUES ($eventId, 'ping', $body, $now) RETURNING id",
                new { eventId, body, now }, tx);
            c.Execute("INSERT INTO webhook_delivery (id, subscriber_id, event_id, state, due_at_utc) VALUES ($deliveryId, $sub, $id, 'pending', $now)",
                new { deliveryId, sub = subscriber.Id, id, now }, tx);
            tx.Commit();
        }
        await Dispatcher().Dispatch(now, deliveryId, cancellationToken);
        return new WebhookLog(store).Attempts(new WebhookLogFilter(Delivery: deliveryId)).Rows.Single();
    }

    private WebhookDispatcher Dispatcher() => new(store, options.Value, subscribers, http, clock);
}
