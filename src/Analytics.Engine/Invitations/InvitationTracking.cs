using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Invitations;

/// <summary>
/// What the client's clicks record, keyed by the invitation token: opened (the pixel or the link), started (the link
/// to the questionnaire), opted out (forever: the client key goes to <c>client_opt_out</c>, pending messages are
/// cancelled at once). Completed is not recorded here: it is a stored submission carrying the token.
/// </summary>
public sealed class InvitationTracking(AnalyticsStore store, TimeProvider clock)
{
    /// <summary>Where the link leads (the questionnaire with office and token), or null for an unknown token.</summary>
    public string? Start(string token)
    {
        using var c = store.Open();
        var row = c.QueryFirstOrDefault<(string Form, string? Office)?>("""
            SELECT r.form_code, o.office_code FROM invitation_outbox o JOIN invitation_rule r ON r.code = o.rule_code WHERE o.token = $token
            """, new { token });
        if (row is null) return null;
        c.Execute("""
            UPDATE invitation_outbox SET started_at_utc = coalesce(started_at_utc, $now), opened_at_utc = coalesce(opened_at_utc, $now)
            WHERE token = $token
            """, new { token, now = Now() });
        return InvitationLinks.Questionnaire(row.Value.Form, row.Value.Office, token);
    }

    /// <summary>The tracking pixel was loaded; false for an unknown token.</summary>
    public bool Opened(string token)
    {
        using var c = store.Open();
        return c.Execute("UPDATE invitation_outbox SET opened_at_utc = coalesce(opened_at_utc, $now) WHERE token = $token", new { token, now = Now() }) > 0;
    }

    /// <summary>Opts the client out for good; false for an unknown token. Repeating it changes nothing.</summary>
    public bool OptOut(string token)
    {
        var now = Now();
        using var c = store.Open();
        var row = c.QueryFirstOrDefault<(long Id, string Client)?>("SELECT id, client_key FROM invitation_outbox WHERE token = $token", new { token });
        if (row is null) return false;
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO client_opt_out (client_key, opted_out_at_utc, outbox_id) VALUES ($client, $now, $id) ON CONFLICT DO NOTHING",
            new { client = row.Value.Client, now, id = row.Value.Id }, tx);
        c.Execute("UPDATE invitation_outbox SET opted_out_at_utc = coalesce(opted_out_at_utc, $now) WHERE id = $id", new { id = row.Value.Id, now }, tx);
        c.Execute("""
            UPDATE invitation_message SET state = 'cancelled', last_error = 'клиент отказался от опросов'
            WHERE state = 'pending' AND outbox_id IN (SELECT id FROM invitation_outbox WHERE client_key = $client)
            """, new { client = row.Value.Client }, tx);
        tx.Commit();
        return true;
    }

    /// <summary>A bounce report (DSN or provider status) for a Message-Id: the message turns 'bounced'.</summary>
    public bool Bounced(string messageId)
    {
        using var c = store.Open();
        return c.Execute("""
            UPDATE invitation_message SET state = 'bounced', bounced_at_utc = $now, delivered_at_utc = NULL
            WHERE message_id = $messageId AND state IN ('sent', 'unknown')
            """, new { messageId, now = Now() }) > 0;
    }

    /// <summary>A delivery report (SMS provider status) for a Message-Id.</summary>
    public bool Delivered(string messageId)
    {
        using var c = store.Open();
        return c.Execute("UPDATE invitation_message SET delivered_at_utc = coalesce(delivered_at_utc, $now) WHERE message_id = $messageId AND state = 'sent'",
            new { messageId, now = Now() }) > 0;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
