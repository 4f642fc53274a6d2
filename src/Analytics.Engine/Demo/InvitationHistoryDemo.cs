using Analytics.Engine.Invitations;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>One service event the demo rule found: where it came from and, if it is answered, how the client felt.</summary>
internal sealed record DemoInvitationEvent(string Ref, string Office, DateTime At, string ClientKey, string? Address, double Quality, string SurveyChannel);

/// <summary>An invitation the client answered: the event, the token the submission stores and when it was sent (UTC).</summary>
internal sealed record DemoAnswered(DemoInvitationEvent Event, string Token, string SubmissionId, DateTime AnsweredUtc);

/// <summary>
/// The demo's invitation history for one rule, written into the tables the planner, the dispatcher and the tracking
/// links write (<c>invitation_outbox</c>, <c>invitation_message</c>, <c>invitation</c>, <c>client_consent</c>,
/// <c>client_opt_out</c>) with the states and timestamps they would leave, so the funnel query reads it as it reads a
/// real history (ADR 0025 addendum). Rates follow public figures for post-service surveys: about 9 % suppressed;
/// of those sent 96 % (e-mail) / 98 % (SMS) delivered, the rest bounced; opened 50 % (e-mail pixel or link; an SMS has
/// no pixel, so its "opened" is the link followed, as the tracking records it); started 31/33 %; completed 24/21 %
/// of sent; 0,7 % opt out; reminders on the rule's schedule go to those who neither answered nor opted out.
/// Appenders, not row inserts: a few thousand rows per rule must cost well under a second.
/// </summary>
internal sealed class InvitationHistoryDemo(AnalyticsStore store, int seed, DateTime nowUtc)
{
    private static readonly InvitationOptions Options = new();
    private readonly OfficeZones _zones = new(store, Options.DefaultTimeZone);

    /// <summary>Completed share of sent, per channel; the caller sizes the event sample from it.</summary>
    public static double CompletedRate(string channel) => channel == "email" ? 0.24 : 0.21;

    private sealed class Row(long id, DemoInvitationEvent e)
    {
        public long Id = id;
        public DemoInvitationEvent Event = e;
        public string ClientKey = e.ClientKey;
        public string? Reason, Token;
        public DateTime CreatedUtc, DueLocal;
        public DateTime? SentUtc, DeliveredUtc, BouncedUtc, OpenedUtc, StartedUtc, OptedOutUtc, AnsweredUtc;
        public string? SubmissionId;
    }

    /// <summary>Writes the rule's history for <paramref name="events"/> (time order) and returns the invitations answered, at most <paramref name="maxAnswered"/>.</summary>
    public IReadOnlyList<DemoAnswered> Write(InvitationRule rule, string definitionId, IReadOnlyList<DemoInvitationEvent> events, int maxAnswered, int ruleIndex)
    {
        var random = new Random(seed + 25 + 7 * ruleIndex);
        var email = rule.Channel == "email";
        using var c = store.Open();
        var ids = c.Query<long>("SELECT nextval('invitation_outbox_seq') FROM range($n)", new { n = events.Count }).Order().ToList();
        var rows = new List<Row>(events.Count);
        Row? lastInvited = null;
        var optedOutBefore = new List<(string Client, DateTime At)>();
        var consents = new List<(string Client, DateTime At)>();
        foreach (var (e, id) in events.Zip(ids))
        {
            var row = new Row(id, e);
            var zone = _zones.Of(e.Office);
            row.CreatedUtc = QuietHours.ToUtc(e.At, zone).AddMinutes(5);
            row.DueLocal = QuietHours.NextAllowed(e.At.AddMinutes(rule.DelayMinutes), Options.QuietFrom, Options.QuietTo);
            // The planner's order: no address → opted out → no consent → invited within OncePerDays.
            var u = random.NextDouble();
            if (e.Address is null) row.Reason = "no_address";
            else if (u < 0.010) { row.Reason = "opt_out"; optedOutBefore.Add((e.ClientKey, row.CreatedUtc.AddDays(-30 - random.Next(300)))); }
            else if (u < 0.060) row.Reason = "no_consent";
            else if (u < 0.090 && lastInvited is not null)
            {
                // The same client came again within the cap: the row carries the earlier invitee's key.
                row.Reason = "frequency";
                row.ClientKey = lastInvited.ClientKey;
            }
            if (row.Reason is null)
            {
                row.Token = Token(random);
                lastInvited = row;
                consents.Add((row.ClientKey, row.CreatedUtc.AddDays(-random.Next(30, 900))));
                var dueUtc = QuietHours.ToUtc(row.DueLocal, zone);
                if (dueUtc <= nowUtc) row.SentUtc = dueUtc.AddSeconds(20 + random.Next(600));
            }
            rows.Add(row);
        }
        // An exact share bounces (a bad address, a switched-off phone), drawn in a seeded order; the rest are delivered:
        // e-mail when the relay accepts it, SMS on the provider's status a little later.
        var sentRows = rows.Where(r => r.SentUtc is not null).OrderBy(_ => random.Next()).ToList();
        var bounces = (int)Math.Round(sentRows.Count * (email ? 0.04 : 0.02));
        foreach (var (r, i) in sentRows.Select((r, i) => (r, i)))
            if (i < bounces) r.BouncedUtc = r.SentUtc!.Value.AddMinutes(1 + random.Next(30));
            else r.DeliveredUtc = email ? r.SentUtc : r.SentUtc!.Value.AddSeconds(5 + random.Next(120));

        var answered = Engage(rows, rule, email, maxAnswered, random);
        Append(c, rule, definitionId, rows, optedOutBefore, consents, email, random);
        return answered;
    }

    /// <summary>Who opened, started, answered and opted out: exact shares of the sent, drawn in a seeded order.</summary>
    private List<DemoAnswered> Engage(List<Row> rows, InvitationRule rule, bool email, int maxAnswered, Random random)
    {
        var sent = rows.Count(r => r.SentUtc is not null);
        // A day to react: the last day's invitations are still unanswered.
        var pool = rows.Where(r => r.DeliveredUtc is not null && r.SentUtc < nowUtc.AddDays(-1)).OrderBy(_ => random.Next()).ToList();
        var completed = Math.Min(Math.Min(maxAnswered, pool.Count), (int)Math.Round(sent * CompletedRate(rule.Channel)));
        var started = Math.Min(pool.Count, Math.Max(completed, (int)Math.Round(sent * (email ? 0.31 : 0.33))));
        // An SMS has no pixel: following its link is both "opened" and "started" (InvitationTracking.Start).
        var opened = email ? Math.Min(pool.Count, Math.Max(started, (int)Math.Round(sent * 0.50))) : started;
        var optOuts = Math.Max(1, (int)Math.Round(sent * 0.007));
        var answered = new List<DemoAnswered>();
        var firstReminder = rule.ReminderDays.Count > 0 ? rule.ReminderDays[0] : (int?)null;
        for (var i = 0; i < pool.Count; i++)
        {
            var r = pool[i];
            if (i < opened)
            {
                var reactAt = r.SentUtc!.Value.AddMinutes(3 + random.Next(300));
                // About a third of those who answer do so after the first reminder.
                if (i < completed && firstReminder is { } days && random.NextDouble() < 0.3)
                {
                    var reminderUtc = ReminderUtc(r, days);
                    if (reminderUtc < nowUtc.AddHours(-6)) reactAt = reminderUtc.AddMinutes(3 + random.Next(180));
                }
                r.OpenedUtc = reactAt;
                if (i < started) r.StartedUtc = reactAt.AddSeconds(email ? 10 + random.Next(600) : 0);
            }
            if (i < completed)
            {
                r.AnsweredUtc = r.StartedUtc!.Value.AddMinutes(2 + random.Next(8));
                if (r.AnsweredUtc > nowUtc) r.AnsweredUtc = nowUtc;
                r.SubmissionId = $"demo-l-{rule.Code}-{r.Id}";
                answered.Add(new DemoAnswered(r.Event, r.Token!, r.SubmissionId, r.AnsweredUtc.Value));
            }
        }
        // Opt-outs come from those who did not answer: e-mail readers who opened it, SMS recipients who never followed the link.
        var candidates = email ? pool.Skip(started).Take(opened - started) : pool.Skip(opened);
        foreach (var r in candidates.Take(optOuts))
            r.OptedOutUtc = (r.OpenedUtc ?? r.SentUtc!.Value).AddMinutes(1 + random.Next(120));
        return [.. answered.OrderBy(a => a.AnsweredUtc)];
    }

    private DateTime ReminderUtc(Row r, int days) =>
        QuietHours.ToUtc(QuietHours.NextAllowed(r.DueLocal.AddDays(days), Options.QuietFrom, Options.QuietTo), _zones.Of(r.Event.Office));

    private void Append(DuckDBConnection c, InvitationRule rule, string definitionId, List<Row> rows,
        List<(string Client, DateTime At)> optedOutBefore, List<(string Client, DateTime At)> consents, bool email, Random random)
    {
        using (var a = c.CreateAppender("invitation_outbox"))
            foreach (var r in rows)
                a.CreateRow().AppendValue((long?)r.Id).AppendValue(rule.Code).AppendValue(r.Event.Ref).AppendValue(r.ClientKey).AppendValue(r.Event.Office)
                    .AppendValue(rule.Channel).AppendValue(r.Event.Address).AppendValue((DateTime?)r.Event.At)
                    .AppendValue(r.Reason is null ? "invited" : "suppressed").AppendValue(r.Reason).AppendValue(r.Token)
                    .AppendValue(r.OpenedUtc).AppendValue(r.StartedUtc).AppendValue(r.OptedOutUtc).AppendValue((DateTime?)r.CreatedUtc).EndRow();
        using (var a = c.CreateAppender("invitation"))
            foreach (var r in rows.Where(r => r.Token is not null))
                a.CreateRow().AppendValue(r.Token).AppendValue(definitionId).AppendValue(r.Event.Office).AppendValue("invitation_" + rule.Channel)
                    .AppendValue((DateTime?)r.CreatedUtc).AppendValue((DateTime?)QuietHours.ToUtc(r.DueLocal, _zones.Of(r.Event.Office)).AddDays(rule.ValidDays))
                    .AppendValue(r.AnsweredUtc).AppendValue(r.SubmissionId).EndRow();
        using (var a = c.CreateAppender("invitation_message"))
            foreach (var r in rows.Where(r => r.Token is not null))
            {
                Message(a.CreateRow(), r.Id, 0, QuietHours.ToUtc(r.DueLocal, _zones.Of(r.Event.Office)), r.SentUtc is null ? "pending" : r.BouncedUtc is null ? "sent" : "bounced",
                    r.SentUtc, r.DeliveredUtc, r.BouncedUtc, r.BouncedUtc is null ? null : email ? "550 5.1.1 Адрес не существует" : "Абонент недоступен");
                var seq = 1;
                foreach (var days in rule.ReminderDays)
                {
                    var due = ReminderUtc(r, days);
                    // The dispatcher's checks at the due time, in its order: opted out, answered, invitation not sent.
                    var why = due > nowUtc ? null
                        : r.OptedOutUtc <= due ? "клиент отказался от опросов"
                        : r.AnsweredUtc <= due ? "анкета уже заполнена"
                        : r.BouncedUtc is not null || r.SentUtc is null ? "приглашение не было отправлено" : null;
                    if (r.OptedOutUtc is not null && due > nowUtc) why = "клиент отказался от опросов"; // cancelled at the opt-out itself
                    DateTime? sentAt = due > nowUtc || why is not null ? null : due.AddSeconds(20 + random.Next(100));
                    Message(a.CreateRow(), r.Id, seq++, due, why is not null ? "cancelled" : sentAt is null ? "pending" : "sent",
                        sentAt, sentAt?.AddSeconds(email ? 0 : 5 + random.Next(120)), null, why);
                }
            }
        // A register's consumer may appear in several events: the first opt-out is the one kept (the key is unique).
        var known = c.Query<string>("SELECT client_key FROM client_opt_out").ToHashSet(StringComparer.Ordinal);
        using (var a = c.CreateAppender("client_opt_out"))
        {
            foreach (var (client, at, id) in optedOutBefore.Select(o => (o.Client, o.At, (long?)null))
                         .Concat(rows.Where(r => r.OptedOutUtc is not null).Select(r => (r.ClientKey, r.OptedOutUtc!.Value, (long?)r.Id))))
                if (known.Add(client)) a.CreateRow().AppendValue(client).AppendValue((DateTime?)at).AppendValue(id).EndRow();
        }
        c.Execute("CREATE TEMP TABLE IF NOT EXISTS demo_consent (client_key VARCHAR, given_at TIMESTAMP)");
        c.Execute("DELETE FROM demo_consent");
        using (var a = c.CreateAppender("demo_consent"))
            foreach (var (client, at) in consents)
                a.CreateRow().AppendValue(client).AppendValue((DateTime?)at).EndRow();
        c.Execute("""
            INSERT INTO client_consent (client_key, given_at, source)
            SELECT client_key, min(given_at), 'демо: согласие в договоре энергоснабжения' FROM demo_consent GROUP BY client_key
            ON CONFLICT DO NOTHING
            """);
    }

    private static void Message(IDuckDBAppenderRow a, long id, int seq, DateTime due, string state, DateTime? sent, DateTime? delivered, DateTime? bounced, string? error) =>
        a.AppendValue((long?)id).AppendValue((int?)seq).AppendValue((DateTime?)due).AppendValue(state).AppendValue((int?)(sent is null ? 0 : 1))
            .AppendValue((string?)null).AppendValue(sent?.AddSeconds(-2)).AppendValue(sent is null ? null : InvitationDispatcher.MessageId(id, seq))
            .AppendValue(sent).AppendValue(delivered).AppendValue(bounced).AppendValue(error).EndRow();

    private static string Token(Random random)
    {
        var bytes = new byte[18];
        random.NextBytes(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
