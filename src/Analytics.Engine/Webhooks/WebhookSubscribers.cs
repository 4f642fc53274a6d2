using System.Globalization;
using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Webhooks;

/// <summary>A subscriber as pages show it; the secret never leaves the store in clear.</summary>
public sealed record WebhookSubscriber(long Id, string Name, string Url, IReadOnlyList<string> Events, string State,
    string? PausedReason, int ConsecutiveFailures, DateTime CreatedAtUtc, DateTime UpdatedAtUtc)
{
    public bool Paused => State == "paused";
}

/// <summary>What an admin enters; <see cref="Secret"/> null on an edit keeps the stored one.</summary>
public sealed record WebhookSubscriberInput(string Name, string Url, string? Secret, IReadOnlyList<string> Events);

/// <summary>Bad input for a subscriber, with the reason in Russian (shown as it is).</summary>
public sealed class WebhookInputException(string message) : Exception(message);

/// <summary>
/// Adds, edits, pauses, resumes and deletes subscribers. Every change is an audit-trail entry in the same transaction; the
/// entry holds name, URL, events and state, never the secret (ADR 0017, 0028).
/// </summary>
public sealed class WebhookSubscribers(AnalyticsStore store, IWebhookSecretProtector protector, TimeProvider clock)
{
    /// <summary>What the audit trail records of a subscriber.</summary>
    private sealed record Audited(string Name, string Url, string Events, string State);

    private const string Columns = """
        SELECT id, name, url, events, state, paused_reason, consecutive_failures, created_at_utc, updated_at_utc FROM webhook_subscriber
        """;

    public IReadOnlyList<WebhookSubscriber> List()
    {
        using var c = store.Open();
        return [.. Read(c, Columns + " ORDER BY id", null)];
    }

    public WebhookSubscriber? Get(long id)
    {
        using var c = store.Open();
        return Read(c, Columns + " WHERE id = $id", new { id }).SingleOrDefault();
    }

    public WebhookSubscriber Add(WebhookSubscriberInput input, string actor)
    {
        var (name, url, events) = Check(input);
        if (string.IsNullOrWhiteSpace(input.Secret) || input.Secret.Length < 16)
            throw new WebhookInputException("Секрет — не короче 16 символов.");
        var now = clock.GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var id = c.ExecuteScalar<long>("""
            INSERT INTO webhook_subscriber (name, url, secret, events, state, created_at_utc, updated_at_utc)
            VALUES ($name, $url, $secret, $events, 'active', $now, $now) RETURNING id
            """, new { name, url, secret = protector.Protect(input.Secret), events, now }, tx);
        AuditTrail.Append(c, tx, actor, "create", AuditKinds.Webhook, Id(id), null, new Audited(name, url, events, "active"), now);
        tx.Commit();
        return Get(id)!;
    }

    public WebhookSubscriber Update(long id, WebhookSubscriberInput input, string actor)
    {
        var (name, url, events) = Check(input);
        if (input.Secret is { Length: > 0 and < 16 }) throw new WebhookInputException("Секрет — не короче 16 символов.");
        var now = clock.GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = Audit(c, tx, id);
        c.Execute("""
            UPDATE webhook_subscriber SET name = $name, url = $url, events = $events, secret = coalesce($secret, secret), updated_at_utc = $now
            WHERE id = $id
            """, new { id, name, url, events, secret = string.IsNullOrEmpty(input.Secret) ? null : protector.Protect(input.Secret), now }, tx);
        // A new secret is recorded as the fact that it changed, never its value.
        AuditTrail.Append(c, tx, actor, "update", AuditKinds.Webhook, Id(id), before,
            new { after = Audit(c, tx, id), secretChanged = !string.IsNullOrEmpty(input.Secret) }, now);
        tx.Commit();
        return Get(id)!;
    }

    /// <summary>Pauses by hand: nothing is sent until it is resumed; events keep queueing for it.</summary>
    public WebhookSubscriber Pause(long id, string actor) => SetState(id, "paused", "Приостановлен администратором", actor, "disable");

    /// <summary>Resumes: the failure count starts again and deliveries waiting for it go out at the next run.</summary>
    public WebhookSubscriber Resume(long id, string actor) => SetState(id, "active", null, actor, "enable");

    private WebhookSubscriber SetState(long id, string state, string? reason, string actor, string action)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = Audit(c, tx, id);
        c.Execute("""
            UPDATE webhook_subscriber SET state = $state, paused_reason = $reason, consecutive_failures = 0, updated_at_utc = $now WHERE id = $id
            """, new { id, state, reason, now }, tx);
        if (state == "active")
            c.Execute("UPDATE webhook_delivery SET due_at_utc = $now WHERE subscriber_id = $id AND state = 'pending' AND due_at_utc > $now", new { id, now }, tx);
        AuditTrail.Append(c, tx, actor, action, AuditKinds.Webhook, Id(id), before, Audit(c, tx, id), now);
        tx.Commit();
        return Get(id)!;
    }

    /// <summary>
    /// Removes a subscriber with its queue and its delivery log (they name it; nothing else would ever send or show
    /// them). The audit entry keeps what it was. Events stay for the other subscribers.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such subscriber.</exception>
    public void Delete(long id, string actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var before = Audit(c, tx, id);
        c.Execute("DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM webhook_delivery WHERE subscriber_id = $id)", new { id }, tx);
        c.Execute("DELETE FROM webhook_delivery WHERE subscriber_id = $id", new { id }, tx);
        c.Execute("DELETE FROM webhook_subscriber WHERE id = $id", new { id }, tx);
        AuditTrail.Append(c, tx, actor, "delete", AuditKinds.Webhook, Id(id), before, null, now);
        tx.Commit();
    }

    /// <summary>The clear secret for signing (the dispatcher only).</summary>
    internal string Secret(string protectedSecret) => protector.Unprotect(protectedSecret);

    private static Audited Audit(System.Data.IDbConnection c, System.Data.IDbTransaction tx, long id) =>
        c.QuerySingleOrDefault<Audited>("SELECT name AS Name, url AS Url, events AS Events, state AS State FROM webhook_subscriber WHERE id = $id", new { id }, tx)
        ?? throw new KeyNotFoundException($"Подписчик {id} не найден.");

    private static (string Name, string Url, string Events) Check(WebhookSubscriberInput input)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) throw new WebhookInputException("Укажите название подписчика (до 200 символов).");
        if (!Uri.TryCreate(input.Url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
            throw new WebhookInputException("Адрес — полный URL вида https://приёмник.example.ru/hooks.");
        if (!string.IsNullOrEmpty(uri.UserInfo)) throw new WebhookInputException("Адрес не должен содержать логин и пароль: подпись запроса заменяет их.");
        var events = (input.Events ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (events.Count == 0) throw new WebhookInputException("Выберите хотя бы одно событие.");
        var unknown = events.FirstOrDefault(e => !WebhookEvents.Subscribable.Contains(e));
        if (unknown is not null) throw new WebhookInputException($"Неизвестное событие «{unknown}».");
        return (name, uri.ToString(), string.Join(',', WebhookEvents.Subscribable.Where(events.Contains)));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<WebhookSubscriber> Read(System.Data.IDbConnection c, string sql, object? args) =>
        c.Query<(long Id, string Name, string Url, string Events, string State, string? Reason, int Failures, DateTime Created, DateTime Updated)>(sql, args)
            .Select(r => new WebhookSubscriber(r.Id, r.Name, r.Url, r.Events.Split(',', StringSplitOptions.RemoveEmptyEntries), r.State, r.Reason,
                r.Failures, r.Created, r.Updated));
}
