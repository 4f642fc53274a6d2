using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Analytics.Engine.Webhooks;
using Dapper;

namespace Analytics.Engine.Tests.Webhooks;

/// <summary>#18 item 4: signed deliveries over real HTTP on loopback, retries with back-off, pausing a dead subscriber.</summary>
public class WebhookDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Webhook_SignatureVerifies_AndFailingTwiceThenSucceeding_IsOneDeliveryWithThreeAttempts()
    {
        using var w = new WebhookWorld();
        using var receiver = new LoopbackReceiver(500, 500, 200);
        w.Subscribe(receiver.Url, WebhookEvents.ImportFinished);
        Assert.NotNull(w.Publish(WebhookEvents.ImportFinished, new { import = 7, file = "обращения.csv", stored = 12 }));
        var t0 = DateTime.UtcNow.AddSeconds(1);
        var service = w.Service();

        var first = await service.Run(t0, Ct);
        Assert.Equal((1, 1, 0, 1), (first.Queued, first.Attempts, first.Delivered, first.Retried));
        Assert.Equal(0, (await service.Run(t0.AddSeconds(50), Ct)).Attempts); // back-off: 1 minute after the first failure
        Assert.Equal(1, (await service.Run(t0.AddMinutes(1), Ct)).Retried);
        Assert.Equal(0, (await service.Run(t0.AddMinutes(2.5), Ct)).Attempts); // 2 minutes after the second
        var third = await service.Run(t0.AddMinutes(3), Ct);
        Assert.Equal((1, 1), (third.Attempts, third.Delivered));
        Assert.Equal(0, (await service.Run(t0.AddMinutes(30), Ct)).Attempts); // delivered: never sent again

        var hooks = receiver.Received.ToArray();
        Assert.Equal(3, hooks.Length);
        // One logical delivery: the same id and the same body on every attempt, so the receiver can dedupe.
        Assert.Single(hooks.Select(h => h.Headers["X-Analytics-Delivery"]).Distinct());
        Assert.Single(hooks.Select(h => h.Body).Distinct());
        Assert.Equal(1, w.Count("SELECT count(*) FROM webhook_delivery"));
        using (var c = w.Store.Open())
        {
            var delivery = c.QuerySingle<(string Id, string State, int Attempts)>("SELECT id, state, attempts FROM webhook_delivery");
            Assert.Equal(("delivered", 3), (delivery.State, delivery.Attempts));
            Assert.Equal(hooks[0].Headers["X-Analytics-Delivery"], delivery.Id);
            Assert.Equal([500, 500, 200], c.Query<int>("SELECT status FROM webhook_attempt ORDER BY attempt").ToArray());
        }

        foreach (var h in hooks)
        {
            Assert.Equal("import.finished", h.Headers["X-Analytics-Event"]);
            Assert.StartsWith("application/json", h.ContentType);
            // The receiver's check, written out independently of the Engine's helper: HMAC-SHA256(secret, "timestamp.body").
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookWorld.Secret), Encoding.UTF8.GetBytes(h.Headers["X-Analytics-Timestamp"] + "." + h.Body));
            Assert.Equal("sha256=" + Convert.ToHexStringLower(mac), h.Headers["X-Analytics-Signature"]);
            Assert.True(WebhookSignature.Verify(WebhookWorld.Secret, h.Headers["X-Analytics-Timestamp"], h.Body, h.Headers["X-Analytics-Signature"]));
            Assert.False(WebhookSignature.Verify("another-secret-0123", h.Headers["X-Analytics-Timestamp"], h.Body, h.Headers["X-Analytics-Signature"]));
            Assert.False(WebhookSignature.Verify(WebhookWorld.Secret, h.Headers["X-Analytics-Timestamp"], h.Body.Replace("12", "13"), h.Headers["X-Analytics-Signature"]));
        }
        using var json = JsonDocument.Parse(hooks[0].Body);
        Assert.Equal("import.finished", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("обращения.csv", json.RootElement.GetProperty("data").GetProperty("file").GetString());
        Assert.Contains("обращения.csv", hooks[0].Body); // Russian is sent as it is, not \u-escaped
    }

    [Fact]
    public async Task DeadSubscriber_IsPausedAfterNFailuresInARow_AndEveryAdminIsNotified()
    {
        using var w = new WebhookWorld();
        w.Options.PauseAfterFailures = 3;
        w.Options.MaxAttempts = 10;
        Support.Seed.Sql(w.Store, """
            INSERT INTO app_user (user_name, display_name, password_hash, security_stamp) VALUES ('admin', 'A', 'x', 's'), ('boss', 'B', 'x', 's'), ('ira', 'I', 'x', 's');
            INSERT INTO app_user_role (user_name, role) VALUES ('admin', 'Admin'), ('boss', 'Admin'), ('ira', 'Designer');
            """);
        using var receiver = new LoopbackReceiver(503);
        var subscriber = w.Subscribe(receiver.Url, WebhookEvents.ImportFinished);
        w.Publish(WebhookEvents.ImportFinished, new { import = 1 });
        w.Publish(WebhookEvents.ImportFinished, new { import = 2 });
        var t0 = DateTime.UtcNow.AddSeconds(1);
        var service = w.Service();

        var first = await service.Run(t0, Ct); // two deliveries fail: two in a row
        Assert.Equal((2, 0), (first.Attempts, first.Paused));
        var second = await service.Run(t0.AddMinutes(1), Ct); // the third failure pauses; the fourth is not tried
        Assert.Equal((1, 1), (second.Attempts, second.Paused));
        Assert.Equal(0, (await service.Run(t0.AddHours(2), Ct)).Attempts);
        Assert.Equal(3, receiver.Received.Count);

        var paused = w.Subscribers.Get(subscriber.Id)!;
        Assert.True(paused.Paused);
        Assert.Contains("3 неудачных попыток подряд", paused.PausedReason);
        using (var c = w.Store.Open())
        {
            var notified = c.Query<string>("SELECT recipient FROM notification WHERE kind = 'webhook_paused' ORDER BY recipient").ToArray();
            Assert.Equal(["admin", "boss"], notified);
            Assert.Contains("Приёмник CRM", c.ExecuteScalar<string>("SELECT message FROM notification LIMIT 1"));
        }

        // Resumed: what waited goes out at the next run, and success resets the count.
        using var healthy = new LoopbackReceiver(200);
        w.Subscribers.Update(subscriber.Id, new WebhookSubscriberInput("Приёмник CRM", healthy.Url, null, [WebhookEvents.ImportFinished]), "admin");
        w.Subscribers.Resume(subscriber.Id, "admin");
        var resumed = await service.Run(DateTime.UtcNow.AddSeconds(1), Ct);
        Assert.Equal(2, resumed.Delivered);
        Assert.Equal(0, w.Subscribers.Get(subscriber.Id)!.ConsecutiveFailures);
    }

    [Fact]
    public async Task Receiver_Unreachable_IsLoggedWithoutStatus_AndFailsAfterMaxAttempts()
    {
        using var w = new WebhookWorld();
        w.Options.MaxAttempts = 2;
        string url;
        using (var gone = new LoopbackReceiver(200)) url = gone.Url; // the port is closed again
        w.Subscribe(url, WebhookEvents.ImportFinished);
        w.Publish(WebhookEvents.ImportFinished, new { import = 1 });
        var t0 = DateTime.UtcNow.AddSeconds(1);

        await w.Service().Run(t0, Ct);
        var last = await w.Service().Run(t0.AddMinutes(1), Ct);

        Assert.Equal(1, last.Failed);
        var log = new WebhookLog(w.Store).Attempts(new WebhookLogFilter());
        Assert.Equal(2, log.Total);
        Assert.All(log.Rows, r => Assert.Null(r.Status));
        Assert.All(log.Rows, r => Assert.StartsWith("Соединение не удалось", r.Error));
        Assert.Equal("failed", log.Rows[0].DeliveryState);
    }

    [Fact]
    public async Task Ping_ReachesAPausedSubscriber_OnceAndIsLogged()
    {
        using var w = new WebhookWorld();
        using var receiver = new LoopbackReceiver(204);
        var s = w.Subscribe(receiver.Url, WebhookEvents.CaseOpened);
        w.Subscribers.Pause(s.Id, "admin");

        var attempt = await w.Service().Ping(s.Id, "admin", Ct);

        Assert.Equal(204, attempt.Status);
        var hook = Assert.Single(receiver.Received);
        Assert.Equal("ping", hook.Headers["X-Analytics-Event"]);
        Assert.True(w.Subscribers.Get(s.Id)!.Paused); // a ping does not resume
        await Assert.ThrowsAsync<WebhookInputException>(() => w.Service().Ping(999, "admin", Ct));
    }
}
