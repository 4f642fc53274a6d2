using Analytics.Engine.Forms;
using Analytics.Engine.Invitations;
using Analytics.Engine.Store;
using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// Questionnaires linked to service events for the demo (ADR 0024 addendum) and the invitation history behind them
/// (ADR 0025 addendum): a sample of the last year's finished queue tickets (an SMS after the visit) and answered appeals
/// (an e-mail after the reply), sized so that about <see cref="PerKind"/> (at least 200) invitations of each rule end in
/// an answer (fewer e-mails in a small demo: only replies to clients with an e-mail are sampled); <see cref="InvitationHistoryDemo"/> writes the outbox, messages, consent and opt-outs with realistic rates,
/// and every completed invitation's token is carried by a stored submission. The latent satisfaction falls with the
/// measured wait (−0,012 per minute) and is lower after a late reply, so the linked-experience finding has a real signal.
/// Deterministic for a seed (rows taken in key order, every k-th); cheap (two reads, a few thousand appended rows).
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
        var nowUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(horizon, DateTimeKind.Unspecified), Time.DisplayTime.Default.Zone);
        // Events sampled so that the completed share of the sent leaves about `wanted` answers per rule.
        int Sample(string channel) => (int)Math.Ceiling(wanted / InvitationHistoryDemo.CompletedRate(channel) / 0.88);
        using var c = store.Open();
        // Inactive rules: the planner never sends for them; they say where the demo history came from.
        c.Execute($"""
            INSERT INTO invitation_rule (code, title, event_kind, form_code, delay_minutes, channel, reminder_days, active) VALUES
              ('{QueueRule}', 'SMS после визита в офис (демо)', 'queue_visit_finished', 'client-satisfaction', 30, 'sms', '2', false),
              ('{AppealRule}', 'Письмо после ответа на обращение (демо)', 'appeal_answered', 'client-satisfaction', 60, 'email', '3,7', false)
            ON CONFLICT DO NOTHING
            """);
        // A store that already holds the demo history keeps it: the outbox key (client × event × rule) would refuse a second one.
        if (c.ExecuteScalar<long>("SELECT count(*) FROM invitation_outbox WHERE rule_code IN ($QueueRule, $AppealRule)", new { QueueRule, AppealRule }) > 0)
            return (0, 0);
        var tickets = c.Query<(string Office, string Ticket, DateTime Issued, DateTime Called, DateTime Finished)>("""
            SELECT office_code, ticket, issued_at, called_at, finished_at FROM (
              SELECT *, row_number() OVER (ORDER BY issued_at, office_code, ticket) AS n, count(*) OVER () AS total FROM queue_visit
              WHERE called_at IS NOT NULL AND finished_at IS NOT NULL AND issued_at >= $from AND finished_at <= $horizon)
            WHERE n % greatest(1, total // $wanted) = 0 ORDER BY n
            """, new { from, horizon, wanted = Sample("sms") }).Take(Sample("sms")).ToList();
        // The client key and e-mail as the planner reads them (ServiceEvents): consent and opt-out are kept per key. Only
        // replies to clients who left an e-mail: the others would all be "no address" and hide the funnel's shape.
        var appeals = c.Query<(string Register, string Office, DateTime Answered, bool Late, string? Client, string? Email)>("""
            SELECT register_no, office_code, answered_at, coalesce(answered_at > due_at, false),
                   coalesce(nullif(trim(consumer_key), ''), 'e:' || lower(trim(consumer_email)),
                            'p:' || nullif(regexp_replace(consumer_phone, '[^0-9]', '', 'g'), '')),
                   nullif(trim(consumer_email), '') FROM (
              SELECT *, row_number() OVER (ORDER BY answered_at, register_no) AS n, count(*) OVER () AS total FROM appeal
              WHERE answered_at IS NOT NULL AND answered_at >= $from AND answered_at <= $horizon AND office_code IS NOT NULL
                AND nullif(trim(consumer_email), '') IS NOT NULL)
            WHERE n % greatest(1, total // $wanted) = 0 ORDER BY n
            """, new { from, horizon, wanted = Sample("email") }).Take(Sample("email")).ToList();

        var phones = new Random(seed + 23);
        var queueEvents = tickets.Select(t =>
        {
            // The queue log has no contact: the demo client left a phone number at the terminal.
            var phone = $"79{phones.Next(10, 99)}{phones.Next(1_000_000, 9_999_999)}";
            var wait = (t.Called - t.Issued).TotalMinutes;
            return new DemoInvitationEvent(LinkedExperience.QueueRef(t.Office, t.Issued, t.Ticket), t.Office, t.Finished, "p:" + phone, "+" + phone,
                Math.Clamp(0.85 - 0.012 * wait, 0.1, 0.95), "in_person");
        }).ToList();
        var appealEvents = appeals.Select(a => new DemoInvitationEvent(a.Register, a.Office, a.Answered, a.Client ?? "appeal:" + a.Register, a.Email,
            a.Late ? 0.45 : 0.78, "internet")).ToList();

        var rules = new InvitationRules(store).All().ToDictionary(r => r.Code);
        var history = new InvitationHistoryDemo(store, seed, nowUtc);
        using var writer = new DemoSubmissionWriter(store);
        var written = 0;
        foreach (var (rule, events, index) in new[] { (QueueRule, queueEvents, 0), (AppealRule, appealEvents, 1) })
            foreach (var a in history.Write(rules[rule], form.DefinitionId, events, wanted, index))
            {
                var moscow = TimeZoneInfo.ConvertTimeFromUtc(a.AnsweredUtc, Time.DisplayTime.Default.Zone);
                writer.Add(a.SubmissionId, form, a.Event.Office, moscow, SurveyDemoAnswers.Questionnaire(random, a.Event.Quality, a.Event.SurveyChannel),
                    auditor: null, random, a.Token);
                written++;
            }
        writer.Flush();
        return (written, writer.Answers);
    }
}
