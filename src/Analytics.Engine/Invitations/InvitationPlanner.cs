using System.Data;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Invitations;

/// <summary>What planning did: outbox rows written (eligible) and how many of them were suppressed, by reason.</summary>
public sealed record PlanResult(int Eligible, int Suppressed, IReadOnlyDictionary<string, int> ByReason, IReadOnlyList<string> Problems);

/// <summary>
/// Turns service events into outbox rows: one per client × event × rule (the unique key makes a re-run add nothing).
/// Suppression is decided here, in this order: no address → opted out → no consent → invited within
/// <see cref="InvitationOptions.OncePerDays"/>. An invited row gets a single-use invitation token and its messages
/// (the invitation after the delay, then the reminders), each moved out of the office's quiet hours.
/// </summary>
internal sealed class InvitationPlanner(AnalyticsStore store, InvitationOptions options, OfficeZones zones)
{
    public PlanResult Plan(DateTime nowUtc, IReadOnlyList<InvitationRule> rules)
    {
        int eligible = 0, suppressed = 0;
        var reasons = new Dictionary<string, int>();
        var problems = new List<string>();
        using var c = store.Open();
        foreach (var rule in rules.Where(r => r.Active))
        {
            var formId = c.ExecuteScalar<string?>("SELECT id FROM form_definition WHERE code = $code AND status = 'published'", new { code = rule.FormCode });
            if (formId is null) { problems.Add($"Правило {rule.Code}: анкета «{rule.FormCode}» не опубликована."); continue; }
            // Wall-clock window widened by a day each side for time zones; the exact age is checked per event in UTC.
            var from = nowUtc.AddDays(-options.MaxEventAgeDays - 1);
            foreach (var e in ServiceEvents.Find(c, rule.EventKind, from, nowUtc.AddDays(1)))
            {
                var zone = zones.Of(e.OfficeCode);
                var eventUtc = QuietHours.ToUtc(e.At, zone);
                if (eventUtc > nowUtc || eventUtc < nowUtc.AddDays(-options.MaxEventAgeDays) || e.ClientKey is null) continue;
                var written = PlanOne(c, rule, formId, e, zone, nowUtc);
                if (written is null) continue;
                eligible++;
                if (written == "") continue;
                suppressed++;
                reasons[written] = reasons.GetValueOrDefault(written) + 1;
            }
        }
        return new PlanResult(eligible, suppressed, reasons, problems);
    }

    /// <summary>Writes one outbox row; null when it already existed, "" when invited, else the suppression reason.</summary>
    private string? PlanOne(DuckDBConnection c, InvitationRule rule, string formId, ServiceEvent e, TimeZoneInfo zone, DateTime nowUtc)
    {
        var key = new { client = e.ClientKey, evt = e.Ref, rule = rule.Code };
        if (c.ExecuteScalar<long>("SELECT count(*) FROM invitation_outbox WHERE client_key = $client AND event_ref = $evt AND rule_code = $rule", key) > 0)
            return null;
        var address = rule.Channel == "email" ? e.Email : e.Phone;
        var dueLocal = QuietHours.NextAllowed(e.At.AddMinutes(rule.DelayMinutes), options.QuietFrom, options.QuietTo);
        var dueUtc = QuietHours.ToUtc(dueLocal, zone);
        var reason = address is null ? "no_address"
            : Exists(c, "SELECT count(*) FROM client_opt_out WHERE client_key = $client", key) ? "opt_out"
            : !Exists(c, "SELECT count(*) FROM client_consent WHERE client_key = $client", key) ? "no_consent"
            : RecentlyInvited(c, e.ClientKey!, dueUtc) ? "frequency"
            : null;

        using var tx = c.BeginTransaction();
        string? token = null;
        if (reason is null)
        {
            token = Tokens.New();
            c.Execute("INSERT INTO invitation (token, definition_id, office_code, channel, created_at, expires_at) VALUES ($token, $formId, $office, $channel, $now, $expires)",
                new { token, formId, office = e.OfficeCode, channel = "invitation_" + rule.Channel, now = nowUtc, expires = dueUtc.AddDays(rule.ValidDays) }, tx);
        }
        var id = c.ExecuteScalar<long>("""
            INSERT INTO invitation_outbox (rule_code, event_ref, client_key, office_code, channel, address, event_at, state, suppressed_reason, token, created_at_utc)
            VALUES ($rule, $evt, $client, $office, $channel, $address, $at, $state, $reason, $token, $now) RETURNING id
            """, new { rule = rule.Code, evt = e.Ref, client = e.ClientKey, office = e.OfficeCode, channel = rule.Channel, address, at = e.At,
                state = reason is null ? "invited" : "suppressed", reason, token, now = nowUtc }, tx);
        if (reason is null)
        {
            var seq = 0;
            foreach (var local in new[] { dueLocal }.Concat(rule.ReminderDays.Select(d => dueLocal.AddDays(d))))
            {
                var at = QuietHours.ToUtc(QuietHours.NextAllowed(local, options.QuietFrom, options.QuietTo), zone);
                c.Execute("INSERT INTO invitation_message (outbox_id, seq, due_at_utc, state) VALUES ($id, $seq, $at, 'pending')", new { id, seq = seq++, at }, tx);
            }
        }
        tx.Commit();
        return reason ?? "";
    }

    private bool RecentlyInvited(IDbConnection c, string client, DateTime dueUtc) => options.OncePerDays > 0 && Exists(c, """
        SELECT count(*) FROM invitation_outbox o JOIN invitation_message m ON m.outbox_id = o.id AND m.seq = 0
        WHERE o.client_key = $client AND o.state = 'invited' AND m.state NOT IN ('cancelled', 'failed')
          AND m.due_at_utc > $since AND m.due_at_utc < $until
        """, new { client, since = dueUtc.AddDays(-options.OncePerDays), until = dueUtc.AddDays(options.OncePerDays) });

    private static bool Exists(IDbConnection c, string sql, object args) => c.ExecuteScalar<long>(sql, args) > 0;
}

/// <summary>Unguessable URL-safe tokens, the same shape as the designer's invitation links.</summary>
internal static class Tokens
{
    public static string New() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18))
        .Replace('+', '-').Replace('/', '_');
}
