using Analytics.Engine.Webhooks;
using Dashboard.Access;
using Dashboard.Hosting;
using Dashboard.Users;

namespace Dashboard.Webhooks;

/// <summary>
/// The subscribers' JSON API (#18 item 4, ADR 0029), Admin only, for scripts that manage receivers without the page:
/// the same Engine services as <c>/admin/webhooks</c> (<see cref="WebhookSubscribers"/>, <see cref="WebhookLog"/>), so
/// the same checks, the same audit entries and never the secret in an answer. Writes are POSTs with the session cookie
/// and the antiforgery header (<c>GET /api/antiforgery</c>), like every state-changing API:
/// <c>GET /api/webhooks/subscribers</c>, <c>GET …/{id}</c>, <c>POST …</c> (create), <c>POST …/{id}</c> (update; no
/// secret keeps it), <c>POST …/{id}/pause</c>, <c>…/resume</c>, <c>…/delete</c>, <c>…/ping</c>, <c>GET …/{id}/deliveries?skip=&amp;take=</c>.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>The body of a create or an update (codes of <see cref="WebhookEvents.Subscribable"/>).</summary>
    public sealed record SubscriberBody(string? Name, string? Url, string? Secret, string[]? Events);

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks/subscribers").WithTags("Webhooks").RequireAuthorization(p => p.RequireRole(Roles.Admin));

        group.MapGet("", (WebhookSubscribers subscribers) => subscribers.List().Select(View))
            .WithSummary("Webhook subscribers (Admin).");

        group.MapGet("/{id:long}", (long id, WebhookSubscribers subscribers) =>
                subscribers.Get(id) is { } s ? Results.Ok(View(s)) : NotFound(id))
            .WithSummary("One webhook subscriber (Admin).");

        // Bodies are read after the token check (JsonBody), so a forged form post meets the token refusal, not a 415.
        group.MapPost("", async (HttpContext http, WebhookSubscribers subscribers) =>
            {
                var (body, refusal) = await JsonBody.ReadAsync<SubscriberBody>(http.Request);
                return refusal ?? Change(() => subscribers.Add(Input(body!), Actor(http)), created: true);
            })
            .DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Add a subscriber: name, url, secret (16+ characters), events (Admin).");

        group.MapPost("/{id:long}", async (HttpContext http, long id, WebhookSubscribers subscribers) =>
            {
                var (body, refusal) = await JsonBody.ReadAsync<SubscriberBody>(http.Request);
                return refusal ?? Change(() => subscribers.Update(id, Input(body!), Actor(http)));
            })
            .DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Edit a subscriber; without a secret the stored one is kept (Admin).");

        group.MapPost("/{id:long}/pause", (HttpContext http, long id, WebhookSubscribers subscribers) =>
                Change(() => subscribers.Pause(id, Actor(http))))
            .DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Pause a subscriber: events keep queueing for it (Admin).");

        group.MapPost("/{id:long}/resume", (HttpContext http, long id, WebhookSubscribers subscribers) =>
                Change(() => subscribers.Resume(id, Actor(http))))
            .DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Resume a subscriber: what waited goes out at the next run (Admin).");

        group.MapPost("/{id:long}/delete", (HttpContext http, long id, WebhookSubscribers subscribers) =>
            {
                try { subscribers.Delete(id, Actor(http)); return Results.NoContent(); }
                catch (KeyNotFoundException) { return NotFound(id); }
            })
            .DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Delete a subscriber with its queue and delivery log (Admin).");

        group.MapPost("/{id:long}/ping", async (HttpContext http, long id, WebhookService service, CancellationToken ct) =>
            {
                try { return Results.Ok(Attempt(await service.Ping(id, Actor(http), ct))); }
                catch (WebhookInputException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound); }
            })
            .DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Send a test ping now (even to a paused subscriber); the attempt is logged (Admin).");

        group.MapGet("/{id:long}/deliveries", (long id, int? skip, int? take, WebhookSubscribers subscribers, WebhookLog log) =>
            {
                if (subscribers.Get(id) is null) return NotFound(id);
                var page = log.Attempts(new WebhookLogFilter(Subscriber: id, Skip: skip ?? 0, Take: take ?? 50));
                return Results.Ok(new { total = page.Total, attempts = page.Rows.Select(Attempt) });
            })
            .WithSummary("A subscriber's delivery log: every HTTP attempt, newest first; take up to 500 (Admin).");
        return app;
    }

    private static string Actor(HttpContext http) => UserScope.Of(http.User).UserName;

    private static WebhookSubscriberInput Input(SubscriberBody? body) =>
        new(body?.Name ?? "", body?.Url ?? "", string.IsNullOrEmpty(body?.Secret) ? null : body.Secret, body?.Events ?? []);

    /// <summary>Bad input answers 400 with the Engine's Russian reason; an unknown id 404.</summary>
    private static IResult Change(Func<WebhookSubscriber> change, bool created = false)
    {
        try
        {
            var s = change();
            return created ? Results.Created($"/api/webhooks/subscribers/{s.Id}", View(s)) : Results.Ok(View(s));
        }
        catch (WebhookInputException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest); }
        catch (KeyNotFoundException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound); }
    }

    private static IResult NotFound(long id) => Results.Problem($"Подписчик {id} не найден.", statusCode: StatusCodes.Status404NotFound);

    private static object View(WebhookSubscriber s) => new
    {
        id = s.Id, name = s.Name, url = s.Url, events = s.Events, state = s.State, pausedReason = s.PausedReason,
        consecutiveFailures = s.ConsecutiveFailures, createdAt = Utc(s.CreatedAtUtc), updatedAt = Utc(s.UpdatedAtUtc),
    };

    private static object Attempt(WebhookAttempt a) => new
    {
        deliveryId = a.DeliveryId, eventId = a.EventId, eventType = a.EventType, attempt = a.Attempt, at = Utc(a.AtUtc),
        status = a.Status, error = a.Error, durationMs = a.DurationMs, deliveryState = a.DeliveryState,
    };

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
