using System.ComponentModel.DataAnnotations;
using Analytics.Engine.Webhooks;
using Dapper;

namespace Analytics.Engine.Tests.Webhooks;

/// <summary>
/// The delivery log is bounded (ADR 0029): a run removes finished deliveries older than
/// <see cref="WebhookOptions.DeliveryRetentionDays"/> with their attempts, and never a pending or sending one.
/// </summary>
public class WebhookRetentionTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly DateTime Now = new(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Run_RemovesFinishedDeliveriesPastTheRetention_AndKeepsUndeliveredOnes()
    {
        using var w = new WebhookWorld();
        w.Options.DeliveryRetentionDays = 90;
        var sub = w.Subscribe("http://127.0.0.1:9/hooks");
        w.Subscribers.Pause(sub.Id, "admin"); // nothing is sent in this run: only the retention acts
        Delivery(w, sub.Id, "old-delivered", "delivered", Now.AddDays(-91), attempts: 2);
        Delivery(w, sub.Id, "old-failed", "failed", Now.AddDays(-120), attempts: 8);
        Delivery(w, sub.Id, "recent-delivered", "delivered", Now.AddDays(-89), attempts: 1);
        Delivery(w, sub.Id, "old-pending", "pending", Now.AddDays(-200), attempts: 3);
        Delivery(w, sub.Id, "old-sending", "sending", Now.AddDays(-150), attempts: 1);

        var run = await w.Service(new FixedClock(Now)).Run(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, run.Pruned);
        using var c = w.Store.Open();
        Assert.Equal(["old-pending", "old-sending", "recent-delivered"], c.Query<string>("SELECT id FROM webhook_delivery ORDER BY id"));
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT count(*) FROM webhook_attempt WHERE delivery_id IN ('old-delivered', 'old-failed')"));
        Assert.Equal(5L, c.ExecuteScalar<long>("SELECT count(*) FROM webhook_attempt")); // 1 + 3 + 1 kept
        // The events of the removed deliveries went with them; the others stay.
        Assert.Equal(["ev-old-pending", "ev-old-sending", "ev-recent-delivered"], c.Query<string>("SELECT event_id FROM webhook_event ORDER BY event_id"));
        // A second run a day later: the recent one is now past the retention too.
        var later = await w.Service(new FixedClock(Now.AddDays(2))).Run(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, later.Pruned);
        Assert.Equal(2L, c.ExecuteScalar<long>("SELECT count(*) FROM webhook_delivery"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(90, true)]
    [InlineData(3651, false)]
    public void DeliveryRetentionDays_IsValidated(int days, bool valid)
    {
        var options = new WebhookOptions { DeliveryRetentionDays = days };
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.Equal(90, new WebhookOptions().DeliveryRetentionDays);
    }

    /// <summary>An event, one delivery in the given state last active at <paramref name="at"/>, and its attempts.</summary>
    private static void Delivery(WebhookWorld w, long subscriber, string id, string state, DateTime at, int attempts)
    {
        using var c = w.Store.Open();
        var eventId = c.ExecuteScalar<long>("""
            INSERT INTO webhook_event (event_id, type, body, created_at_utc) VALUES ($ev, 'import.finished', '{}', $created) RETURNING id
            """, new { ev = "ev-" + id, created = at.AddMinutes(-5) });
        c.Execute("""
            INSERT INTO webhook_delivery (id, subscriber_id, event_id, state, attempts, due_at_utc, claimed_at_utc, delivered_at_utc)
            VALUES ($id, $subscriber, $eventId, $state, $attempts, $at, $claimed, $delivered)
            """, new { id, subscriber, eventId, state, attempts, at, claimed = state == "sending" ? at : (DateTime?)null, delivered = state == "delivered" ? at : (DateTime?)null });
        for (var k = 1; k <= attempts; k++)
            c.Execute("INSERT INTO webhook_attempt VALUES ($id, $k, $at, $status, NULL, 10)",
                new { id, k, at = at.AddMinutes(k - attempts), status = k == attempts && state == "delivered" ? 200 : 500 });
    }
}
