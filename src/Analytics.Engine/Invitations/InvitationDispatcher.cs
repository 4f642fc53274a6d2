using System.Globalization;
using Analytics.Engine.Delivery;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>What one dispatch pass did to messages whose time had come.</summary>
public sealed record DispatchResult(int Sent, int Failed, int Retried, int Cancelled, int Unknown);

/// <summary>
/// Sends the messages that are due. Per message: reconcile stale claims, check it is still wanted (not opted out, not
/// answered, the invitation itself went out), then claim it (pending → sending with a fresh claim id, a conditional
/// update only one runner can win), call the transport, and record the outcome. A crash between the transport and the
/// record leaves 'sending'; after the lease it becomes 'unknown' and is never sent again: at most once (ADR 0025).
/// </summary>
internal sealed class InvitationDispatcher(AnalyticsStore store, InvitationOptions options, OfficeZones zones,
    IEmailSender email, ISmsGateway sms)
{
    private sealed record Due(long OutboxId, int Seq, int Attempts, string Channel, string? Address, string ClientKey,
        string? OfficeCode, string? OfficeName, DateTime EventAt, string Token, string FormCode, bool Answered, bool OptedOut, string? FirstState, DateTime? ExpiresAt);

    public async Task<DispatchResult> Dispatch(DateTime nowUtc, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, retried = 0, cancelled = 0;
        var unknown = Reconcile(nowUtc);
        var templates = new InvitationTemplates(store).All().ToDictionary(t => (t.Channel, t.Kind));
        foreach (var m in DueMessages(nowUtc))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var why = m.OptedOut ? "клиент отказался от опросов" : m.Answered ? "анкета уже заполнена"
                : m.Seq > 0 && m.FirstState != "sent" ? "приглашение не было отправлено" : null;
            if (why is not null) { cancelled += Cancel(m, why); continue; }
            if (m.Channel == "email" ? !email.Configured : !sms.Configured) continue; // waits until the transport is set up
            var local = QuietHours.ToLocal(nowUtc, zones.Of(m.OfficeCode));
            var allowed = QuietHours.NextAllowed(local, options.QuietFrom, options.QuietTo);
            if (allowed != local) { Postpone(m, QuietHours.ToUtc(allowed, zones.Of(m.OfficeCode)), null); continue; }

            var claim = Guid.NewGuid().ToString("N");
            if (!Claim(m, claim, nowUtc)) continue; // another runner has it
            var outcome = await Send(m, templates, cancellationToken);
            switch (outcome.Result)
            {
                case SendResult.Sent: Finish(m, claim, "sent", outcome, nowUtc); sent++; break;
                case SendResult.Rejected: Finish(m, claim, "bounced", outcome, nowUtc); failed++; break;
                case SendResult.Ambiguous: Finish(m, claim, "unknown", outcome, nowUtc); unknown++; failed++; break;
                default:
                    if (m.Attempts + 1 >= options.MaxAttempts) { Finish(m, claim, "failed", outcome, nowUtc); failed++; }
                    else { Postpone(m, nowUtc.AddMinutes(Math.Pow(2, m.Attempts + 1)), outcome.Error, claim); retried++; }
                    break;
            }
        }
        return new DispatchResult(sent, failed, retried, cancelled, unknown);
    }

    /// <summary>Claims older than the lease: the runner died mid-send. The message may have left, so it is not resent.</summary>
    private int Reconcile(DateTime nowUtc)
    {
        using var c = store.Open();
        return c.Execute("""
            UPDATE invitation_message SET state = 'unknown', last_error = 'Прервано во время отправки: письмо могло уйти, повтор не делается'
            WHERE state = 'sending' AND claimed_at_utc < $stale
            """, new { stale = nowUtc.AddMinutes(-options.ClaimLeaseMinutes) });
    }

    private List<Due> DueMessages(DateTime nowUtc)
    {
        using var c = store.Open();
        return [.. c.Query<Due>("""
            SELECT m.outbox_id AS OutboxId, m.seq AS Seq, m.attempts AS Attempts, o.channel AS Channel, o.address AS Address,
                   o.client_key AS ClientKey, o.office_code AS OfficeCode, u.name AS OfficeName, o.event_at AS EventAt, o.token AS Token,
                   r.form_code AS FormCode,
                   (i.used_at IS NOT NULL OR EXISTS (SELECT 1 FROM submission s WHERE s.token = o.token)) AS Answered,
                   EXISTS (SELECT 1 FROM client_opt_out x WHERE x.client_key = o.client_key) AS OptedOut,
                   (SELECT f.state FROM invitation_message f WHERE f.outbox_id = m.outbox_id AND f.seq = 0) AS FirstState,
                   i.expires_at AS ExpiresAt
            FROM invitation_message m
            JOIN invitation_outbox o ON o.id = m.outbox_id
            JOIN invitation_rule r ON r.code = o.rule_code
            LEFT JOIN invitation i ON i.token = o.token
            LEFT JOIN org_unit u ON u.code = o.office_code
            WHERE m.state = 'pending' AND m.due_at_utc <= $now
            ORDER BY m.due_at_utc, m.outbox_id, m.seq
            """, new { now = nowUtc })];
    }

    private bool Claim(Due m, string claim, DateTime nowUtc)
    {
        using var c = store.Open();
        return c.Execute("""
            UPDATE invitation_message SET state = 'sending', claim = $claim, claimed_at_utc = $now, attempts = attempts + 1
            WHERE outbox_id = $OutboxId AND seq = $Seq AND state = 'pending'
            """, new { claim, now = nowUtc, m.OutboxId, m.Seq }) == 1;
    }

    private Task<SendOutcome> Send(Due m, Dictionary<(string, string), InvitationTemplate> templates, CancellationToken ct)
    {
        var t = templates[(m.Channel, m.Seq == 0 ? "invitation" : "reminder")];
        var values = new Dictionary<string, string>
        {
            [InvitationTemplates.LinkPlaceholder] = InvitationLinks.Start(options.PublicBaseUrl, m.Token),
            [InvitationTemplates.OptOutPlaceholder] = InvitationLinks.OptOut(options.PublicBaseUrl, m.Token),
            ["{офис}"] = m.OfficeName ?? m.OfficeCode ?? "наш офис",
            ["{дата}"] = m.EventAt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["{срок}"] = m.ExpiresAt is { } x ? QuietHours.ToLocal(x, zones.Of(m.OfficeCode)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : "—",
        };
        var text = InvitationTemplates.Render(t.Body, values);
        if (m.Channel == "sms") return sms.Send(new OutgoingSms(m.Address!, text, MessageId(m)), ct);
        var html = "<p>" + System.Net.WebUtility.HtmlEncode(text).Replace("\n", "<br>") + "</p>"
            + $"<img src=\"{InvitationLinks.Pixel(options.PublicBaseUrl, m.Token)}\" width=\"1\" height=\"1\" alt=\"\">";
        return email.Send(new OutgoingEmail(m.Address!, t.Subject ?? "", text, html, MessageId(m),
            InvitationLinks.OptOut(options.PublicBaseUrl, m.Token)), ct);
    }

    /// <summary>Deterministic per message, so a relay log or a bounce names the outbox row (reconciliation by hand).</summary>
    internal static string MessageId(long outboxId, int seq) => $"inv-{outboxId}-{seq}@analytics.invitations";
    private static string MessageId(Due m) => MessageId(m.OutboxId, m.Seq);

    private void Finish(Due m, string claim, string state, SendOutcome outcome, DateTime nowUtc)
    {
        using var c = store.Open();
        // E-mail accepted by the relay counts as delivered until a bounce says otherwise; SMS waits for the provider's status.
        c.Execute("""
            UPDATE invitation_message SET state = $state, message_id = coalesce($mid, message_id), last_error = $error,
                   sent_at_utc = CASE WHEN $state = 'sent' THEN $now END,
                   delivered_at_utc = CASE WHEN $state = 'sent' AND $email THEN $now END,
                   bounced_at_utc = CASE WHEN $state = 'bounced' THEN $now END
            WHERE outbox_id = $OutboxId AND seq = $Seq AND claim = $claim
            """, new { state, mid = outcome.MessageId ?? MessageId(m), error = outcome.Error, now = nowUtc, email = m.Channel == "email", m.OutboxId, m.Seq, claim });
    }

    private void Postpone(Due m, DateTime dueUtc, string? error, string? claim = null)
    {
        using var c = store.Open();
        c.Execute("""
            UPDATE invitation_message SET state = 'pending', due_at_utc = $due, last_error = coalesce($error, last_error), claim = NULL
            WHERE outbox_id = $OutboxId AND seq = $Seq AND (claim = $claim OR ($claim IS NULL AND state = 'pending'))
            """, new { due = dueUtc, error, m.OutboxId, m.Seq, claim });
    }

    private int Cancel(Due m, string why)
    {
        using var c = store.Open();
        return c.Execute("UPDATE invitation_message SET state = 'cancelled', last_error = $why WHERE outbox_id = $OutboxId AND seq = $Seq AND state = 'pending'",
            new { why, m.OutboxId, m.Seq });
    }
}
