using Analytics.Engine.Demo;
using Analytics.Engine.Invitations;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

/// <summary>
/// The demo's invitation history (issue #18 "the funnel for the demo organisation"): a believable funnel per rule, read
/// by the Engine's funnel query from the tables the real pipeline writes, with the completed step made of real submissions.
/// </summary>
public class InvitationHistoryDemoTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static TempStore Demo(int seed = 7)
    {
        var temp = new TempStore();
        new DemoSuite().Generate(temp.Store, new DemoOptions { Scale = 0.05, Seed = seed, Today = Today }, ct: TestContext.Current.CancellationToken);
        return temp;
    }

    [Fact]
    public void DemoFunnel_IsMonotoneWithRealisticRates_BouncesAndOptOuts()
    {
        using var temp = Demo();
        var rows = new InvitationFunnel(temp.Store).ByRule().ToDictionary(r => r.RuleCode);

        foreach (var (code, channel) in new[] { (LinkedSurveyDemo.AppealRule, "email"), (LinkedSurveyDemo.QueueRule, "sms") })
        {
            var r = rows[code];
            Assert.Equal(channel, r.Channel);
            var steps = new[] { r.Eligible, r.Sent, r.Delivered, r.Opened, r.Started, r.Completed };
            Assert.True(steps.Zip(steps.Skip(1)).All(p => p.First >= p.Second), $"{code}: not monotone {string.Join(" ≥ ", steps)}");
            Assert.True(r.Suppressed > 0 && r.SuppressedNoConsent > 0 && r.SuppressedFrequency > 0 && r.SuppressedOptOut > 0,
                $"{code}: suppressed {r.Suppressed} (consent {r.SuppressedNoConsent}, frequency {r.SuppressedFrequency}, opt-out {r.SuppressedOptOut})");
            Assert.True(r.Eligible - r.Suppressed >= r.Sent, $"{code}: sent {r.Sent} of {r.Eligible - r.Suppressed} invited");
            double sent = r.Sent;
            InRange(code, "delivered", r.Delivered / sent, channel == "email" ? 0.95 : 0.97, channel == "email" ? 0.97 : 0.99);
            // An SMS has no pixel: its "opened" is the link followed, the same click as "started".
            if (channel == "email") InRange(code, "opened", r.Opened / sent, 0.40, 0.55);
            else Assert.Equal(r.Started, r.Opened);
            InRange(code, "started", r.Started / sent, 0.25, 0.35);
            InRange(code, "completed", r.Completed / sent, 0.18, 0.28);
            InRange(code, "opted out", r.OptedOut / sent, 0.004, 0.012);
            Assert.True(r.Bounced > 0, $"{code}: no bounce");
            Assert.Equal(r.Sent - r.Bounced, r.Delivered);
            Assert.True(r.RemindersSent > 0, $"{code}: no reminder sent");
            Assert.True(r.Completed >= 100, $"{code}: {r.Completed} answers — the linked-experience finding needs them; {r}");
        }
    }

    [Fact]
    public void DemoFunnel_EqualsTheRowsBehindIt_AndCompletedAreStoredSubmissions()
    {
        using var temp = Demo();
        using var c = temp.Store.Open();
        long Count(string sql, string rule) => c.ExecuteScalar<long>(sql, new { rule });

        foreach (var r in new InvitationFunnel(temp.Store).ByRule())
        {
            Assert.Equal(Count("SELECT count(*) FROM invitation_outbox WHERE rule_code = $rule", r.RuleCode), r.Eligible);
            Assert.Equal(Count("SELECT count(*) FROM invitation_outbox WHERE rule_code = $rule AND state = 'suppressed'", r.RuleCode), r.Suppressed);
            Assert.Equal(Count("""
                SELECT count(*) FROM invitation_message m JOIN invitation_outbox o ON o.id = m.outbox_id
                WHERE o.rule_code = $rule AND m.seq = 0 AND m.state IN ('sent', 'bounced') AND m.sent_at_utc IS NOT NULL
                """, r.RuleCode), r.Sent);
            Assert.Equal(Count("""
                SELECT count(*) FROM invitation_message m JOIN invitation_outbox o ON o.id = m.outbox_id
                WHERE o.rule_code = $rule AND m.seq = 0 AND m.state = 'bounced'
                """, r.RuleCode), r.Bounced);
            Assert.Equal(Count("""
                SELECT count(*) FROM invitation_message m JOIN invitation_outbox o ON o.id = m.outbox_id
                WHERE o.rule_code = $rule AND m.seq > 0 AND m.state = 'sent'
                """, r.RuleCode), r.RemindersSent);
            Assert.Equal(Count("""
                SELECT count(*) FROM client_opt_out x JOIN invitation_outbox o ON o.id = x.outbox_id WHERE o.rule_code = $rule
                """, r.RuleCode), r.OptedOut);
            // Completed: invitations whose token a stored submission carries, and whose single-use token that submission spent.
            var linked = Count("""
                SELECT count(*) FROM invitation_outbox o JOIN submission s ON s.token = o.token
                JOIN invitation i ON i.token = o.token AND i.used_by = s.id WHERE o.rule_code = $rule
                """, r.RuleCode);
            Assert.Equal(linked, r.Completed);
            Assert.True(r.Completed > 0, r.RuleCode);
        }
        // Every demo submission with a token belongs to an invitation; nothing answered outside the history.
        Assert.Equal(0L, c.ExecuteScalar<long>("""
            SELECT count(*) FROM submission s WHERE s.token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM invitation_outbox o WHERE o.token = s.token)
            """));
        // No reminder went to a client after the answer or the opt-out (the dispatcher's checks).
        Assert.Equal(0L, c.ExecuteScalar<long>("""
            SELECT count(*) FROM invitation_message m JOIN invitation_outbox o ON o.id = m.outbox_id
            LEFT JOIN submission s ON s.token = o.token
            WHERE m.seq > 0 AND m.state = 'sent' AND (m.sent_at_utc > o.opted_out_at_utc OR m.sent_at_utc > s.submitted_at)
            """));
    }

    [Fact]
    public void DemoFunnel_IsDeterministicForTheSeed()
    {
        IReadOnlyList<FunnelRow> Funnel(int seed)
        {
            using var temp = Demo(seed);
            return new InvitationFunnel(temp.Store).ByRule();
        }
        Assert.Equal(Funnel(11), Funnel(11));
    }

    private static void InRange(string rule, string step, double share, double low, double high) =>
        Assert.True(share >= low && share <= high, $"{rule}: {step} {share:P1} outside [{low:P0}; {high:P0}]");
}
