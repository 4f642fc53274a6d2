using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Webhooks;

/// <summary>What one run did; <see cref="Pruned"/> = finished deliveries removed from the log by the retention.</summary>
public sealed record WebhookRun(int Queued, int Attempts, int Delivered, int Retried, int Failed, int Paused, int Pruned = 0);

/// <summary>
/// Sends the deliveries that are due. Per pass: claims older than the lease go back to pending (the runner died; the
/// receiver dedupes by delivery id — at least once), new events fan out to one delivery per subscriber that wants
/// them, then each due delivery is claimed (a conditional update only one runner wins), POSTed, and its attempt
/// recorded with the outcome in one transaction: delivered (2xx), retried after 1, 2, 4 … minutes, or failed after
/// <see cref="WebhookOptions.MaxAttempts"/>. <see cref="WebhookOptions.PauseAfterFailures"/> failed attempts in a row
/// pause the subscriber and leave each Admin an in-app notification (ADR 0028).
/// </summary>
internal sealed class WebhookDispatcher(AnalyticsStore store, WebhookOptions options, WebhookSubscribers subscribers,
    HttpClient http, TimeProvider clock)
{
    private sealed record Due(string Id, long SubscriberId, string SubscriberName, int Attempts, string Type, string Body, string Url, string Secret);

    private enum Outcome { Delivered, Retry, Failed }

    public async Task<WebhookRun> Dispatch(DateTime nowUtc, string? onlyDelivery, CancellationToken ct)
    {
        int attempts = 0, delivered = 0, retried = 0, failed = 0, paused = 0;
        var queued = Prepare(nowUtc);
        foreach (var d in DueDeliveries(nowUtc, onlyDelivery))
        {
            ct.ThrowIfCancellationRequested();
            var claim = Guid.NewGuid().ToString("N");
            if (!Claim(d, claim, nowUtc)) continue; // another runner has it, or the subscriber was paused meanwhile
            attempts++;
            var (status, error, ms) = await Send(d, ct);
            var (outcome, pausedNow) = Record(d, claim, status, error, ms, nowUtc);
            switch (outcome)
            {
                case Outcome.Delivered: delivered++; break;
                case Outcome.Retry: retried++; break;
                default: failed++; break;
            }
            if (pausedNow) paused++;
        }
        return new WebhookRun(queued, attempts, delivered, retried, failed, paused);
    }

    /// <summary>Stale claims back to pending; new events fanned out to the subscribers that want them.</summary>
    private int Prepare(DateTime nowUtc)
    {
        using var c = store.Open();
        c.Execute("""
            UPDATE webhook_delivery SET state = 'pending', claim = NULL, last_error = 'Прервано во время отправки, будет отправлено снова'
            WHERE state = 'sending' AND claimed_at_utc < $stale
            """, new { stale = nowUtc.AddMinutes(-options.ClaimLeaseMinutes) });
        // A subscriber gets the events published after it was added; the ping is addressed to one subscriber at creation.
        return c.Execute("""
            INSERT INTO webhook_delivery (id, subscriber_id, event_id, state, attempts, due_at_utc)
            SELECT CAST(uuid() AS VARCHAR), s.id, e.id, 'pending', 0, e.created_at_utc
            FROM webhook_event e
            JOIN webhook_subscriber s ON list_contains(string_split(s.events, ','), e.type) AND e.created_at_utc >= s.created_at_utc
            WHERE e.type <> 'ping'
              AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscriber_id = s.id AND d.event_id = e.id)
            ON CONFLICT DO NOTHING
            """);
    }

    private List<Due> DueDeliveries(DateTime nowUtc, string? only)
    {
        using var c = store.Open();
        return [.. c.Query<Due>("""
            SELECT d.id AS Id, s.id AS SubscriberId, s.name AS SubscriberName, d.attempts AS Attempts, e.type AS Type, e.body AS Body,
                   s.url AS Url, s.secret AS Secret
            FROM webhook_delivery d
            JOIN webhook_event e ON e.id = d.event_id
            JOIN webhook_subscriber s ON s.id = d.subscriber_id
            WHERE d.state = 'pending' AND d.due_at_utc <= $now AND (s.state = 'active' OR e.type = 'ping')
              AND ($only IS NULL OR d.id = $only)
            ORDER BY d.due_at_utc, e.id
            LIMIT 1000
            """, new { now = nowUtc, only })];
    }

    private bool Claim(Due d, string claim, DateTime nowUtc)
    {
        using var c = store.Open();
        return c.Execute("""
            UPDATE webhook_delivery SET state = 'sending', claim = $claim, claimed_at_utc = $now, attempts = attempts + 1
            WHERE id = $id AND state = 'pending'
              AND ($ping OR EXISTS (SELECT 1 FROM webhook_subscriber s WHERE s.id = $sub AND s.state = 'active'))
            """, new { claim, now = nowUtc, id = d.Id, sub = d.SubscriberId, ping = d.Type == WebhookEvents.Ping }) == 1;
    }

    /// <summary>One POST; the status when an answer came, else the error in words. Redirects are not followed.</summary>
    private async Task<(int? Status, string? Error, int Ms)> Send(Due d, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        string secret;
        try { secret = subscribers.Secret(d.Secret); }
        catch (CryptographicException) { return (null, "Секрет не расшифрован: нет ключа защиты данных (keys/ рядом с хранилищем)", 0); }
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, d.Url) { Content = new StringContent(d.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Analytics-Event", d.Type);
        request.Headers.Add("X-Analytics-Delivery", d.Id);
        request.Headers.Add("X-Analytics-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Analytics-Signature", WebhookSignature.Sign(secret, timestamp, d.Body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return (status, status is >= 200 and < 300 ? null : $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), Ms(watch));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"Нет ответа за {options.TimeoutSeconds} с", Ms(watch));
        }
        catch (HttpRequestException e)
        {
            return (null, "Соединение не удалось: " + e.Message, Ms(watch));
        }
    }

    private static int Ms(Stopwatch w) => (int)Math.Min(int.MaxValue, w.ElapsedMilliseconds);

    /// <summary>The attempt, the delivery's next state and the subscriber's failure count — one unit of work.</summary>
    private (Outcome Outcome, bool PausedNow) Record(Due d, string claim, int? status, string? error, int ms, DateTime nowUtc)
    {
        var ok = status is >= 200 and < 300;
        var attempt = d.Attempts + 1;
        var ping = d.Type == WebhookEvents.Ping;
        // A ping is the admin's check: one try, no back-off, and it neither pauses nor revives the subscriber.
        var outcome = ok ? Outcome.Delivered : ping || attempt >= options.MaxAttempts ? Outcome.Failed : Outcome.Retry;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO webhook_attempt VALUES ($id, $attempt, $now, $status, $error, $ms)",
            new { id = d.Id, attempt, now = nowUtc, status, error, ms }, tx);
        c.Execute("""
            UPDATE webhook_delivery SET state = $state, claim = NULL, last_error = $error, due_at_utc = $due,
                   delivered_at_utc = CASE WHEN $state = 'delivered' THEN $now END
            WHERE id = $id AND claim = $claim
            """, new
        {
            id = d.Id, claim, error, now = nowUtc,
            state = outcome switch { Outcome.Delivered => "delivered", Outcome.Retry => "pending", _ => "failed" },
            due = outcome == Outcome.Retry ? nowUtc.AddMinutes(Math.Pow(2, attempt - 1)) : nowUtc,
        }, tx);
        var pausedNow = false;
        if (!ping)
        {
            var failures = c.ExecuteScalar<int>("""
                UPDATE webhook_subscriber SET consecutive_failures = CASE WHEN $ok THEN 0 ELSE consecutive_failures + 1 END
                WHERE id = $sub RETURNING consecutive_failures
                """, new { ok, sub = d.SubscriberId }, tx);
            if (!ok && failures >= options.PauseAfterFailures) pausedNow = PauseAndNotify(c, tx, d, failures, nowUtc);
        }
        tx.Commit();
        return (outcome, pausedNow);
    }

    private bool PauseAndNotify(System.Data.IDbConnection c, System.Data.IDbTransaction tx, Due d, int failures, DateTime nowUtc)
    {
        var reason = $"Приостановлен автоматически: {failures} неудачных попыток подряд";
        var changed = c.Execute("""
            UPDATE webhook_subscriber SET state = 'paused', paused_reason = $reason, updated_at_utc = $now WHERE id = $sub AND state = 'active'
            """, new { reason, now = nowUtc, sub = d.SubscriberId }, tx) == 1;
        if (!changed) return false;
        Audit.AuditTrail.Append(c, tx, Audit.AuditTrail.System, "disable", Audit.AuditKinds.Webhook,
            d.SubscriberId.ToString(CultureInfo.InvariantCulture), null, new { state = "paused", reason }, nowUtc);
        // Every enabled Admin gets the notice in /notifications (the bell); the key makes a second pause the same day one notice.
        c.Execute("""
            INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
            SELECT DISTINCT r.user_name, 'webhook_paused', $sub, $today, $message, $now
            FROM app_user_role r JOIN app_user u ON u.user_name = r.user_name
            WHERE r.role = 'Admin' AND u.enabled
            ON CONFLICT DO NOTHING
            """, new
        {
            sub = d.SubscriberId.ToString(CultureInfo.InvariantCulture), today = new Time.DisplayTime(null, clock).Today, now = nowUtc,
            message = $"Вебхук «{d.SubscriberName}» приостановлен после {failures} неудачных попыток подряд (адрес {d.Url}). Проверьте приёмник и возобновите подписку.",
        }, tx);
        return true;
    }
}
