using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// Questionnaires linked to service events for the demo (ADR 0024 addendum): about <see cref="PerKind"/> (at least 200) of the last
/// year's finished queue tickets (the ticket's QR link) and as many answered appeals (the reply's link), each with an
/// invitation row carrying the token the submission stores. The latent satisfaction falls with the measured wait
/// (−0,012 per minute) and is lower after a late reply, so the linked-experience finding has a real signal.
/// Deterministic for a seed (rows taken in key order, every k-th); cheap (two reads, ~2×<see cref="PerKind"/> rows).
/// </summary>
internal static class LinkedSurveyDemo
{
    public const int PerKind = 400;
    public const string QueueRule = "demo-queue-ticket", AppealRule = "demo-appeal-reply";

    public static (int Submissions, int Answers) Generate(AnalyticsStore store, int seed, DateOnly today, DateTime horizon, double scale)
    {
        var form = new FormService(store).Forms.Find("client-satisfaction") is { } f ? new FormService(store).Forms.Version(f.Id) : null;
        if (form is null) return (0, 0);
        var random = new Random(seed + 24);
        var from = today.AddYears(-1).ToDateTime(TimeOnly.MinValue);
        // At least 200 of each even in a small demo: about one ticket in six waits beyond the norm, and the finding needs both sides.
        var wanted = Math.Max(200, (int)(PerKind * Math.Min(1, scale)));
        using var c = store.Open();
        // Inactive rules: the planner never sends for them; they only say where the demo tokens came from.
        c.Execute($"""
            INSERT INTO invitation_rule (code, title, event_kind, form_code, delay_minutes, channel, active) VALUES
              ('{QueueRule}', 'QR-код на талоне электронной очереди (демо)', 'queue_visit_finished', 'client-satisfaction', 0, 'sms', false),
              ('{AppealRule}', 'Ссылка в ответе на обращение (демо)', 'appeal_answered', 'client-satisfaction', 0, 'email', false)
            ON CONFLICT DO NOTHING
            """);
        var tickets = c.Query<(string Office, string Ticket, DateTime Issued, DateTime Called, DateTime Finished)>("""
            SELECT office_code, ticket, issued_at, called_at, finished_at FROM (
              SELECT *, row_number() OVER (ORDER BY issued_at, office_code, ticket) AS n, count(*) OVER () AS total FROM queue_visit
              WHERE called_at IS NOT NULL AND finished_at IS NOT NULL AND issued_at >= $from AND finished_at <= $horizon)
            WHERE n % greatest(1, total // $wanted) = 0 ORDER BY n
            """, new { from, horizon, wanted }).Take(wanted).ToList();
        var appeals = c.Query<(string Register, string Office, DateTime Answered, bool Late)>("""
            SELECT register_no, office_code, answered_at, coalesce(answered_at > due_at, false) FROM (
              SELECT *, row_number() OVER (ORDER BY answered_at, register_no) AS n, count(*) OVER () AS total FROM appeal
              WHERE answered_at IS NOT NULL AND answered_at >= $from AND answered_at <= $horizon AND office_code IS NOT NULL)
            WHERE n % greatest(1, total // $wanted) = 0 ORDER BY n
            """, new { from, horizon, wanted }).Take(wanted).ToList();

        using var writer = new DemoSubmissionWriter(store);
        var written = 0;
        void Link(string rule, string eventRef, string office, DateTime eventAt, double quality, string channel)
        {
            var token = $"demo-link-{++written}";
            c.Execute("""
                INSERT INTO invitation_outbox (rule_code, event_ref, client_key, office_code, channel, event_at, state, token, created_at_utc)
                VALUES ($rule, $eventRef, $client, $office, $channel, $eventAt, 'invited', $token, $eventAt) ON CONFLICT DO NOTHING
                """, new { rule, eventRef, client = $"demo:{token}", office, channel = rule == QueueRule ? "sms" : "email", eventAt, token });
            var at = eventAt.AddMinutes(10 + random.Next(240));
            if (at > horizon) at = horizon;
            writer.Add($"demo-l-{written}", form, office, at, SurveyDemoAnswers.Questionnaire(random, quality, channel), auditor: null, random, token);
        }
        foreach (var t in tickets)
        {
            var wait = (t.Called - t.Issued).TotalMinutes;
            Link(QueueRule, LinkedExperience.QueueRef(t.Office, t.Issued, t.Ticket), t.Office, t.Finished, Math.Clamp(0.85 - 0.012 * wait, 0.1, 0.95), "in_person");
        }
        foreach (var a in appeals) Link(AppealRule, a.Register, a.Office, a.Answered, a.Late ? 0.45 : 0.78, "internet");
        writer.Flush();
        return (written, writer.Answers);
    }
}
