using Analytics.Engine.Access;
using Analytics.Engine.Compliance;
using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>
/// Linked experience on a hand-checked store: five queue tickets within the Standard's 20-minute wait rated 5 5 4 5 4,
/// five beyond it rated 2 3 2 3 2 (gap 2,2, Welch 95 %: 1,401–2,999); appeals answered on time and late likewise.
/// </summary>
public sealed class LinkedExperienceTests
{
    private static readonly SurveyFilter Form = new("client-satisfaction");

    private static void Link(SurveyStore s, string rule, string eventRef, string office, DateTime at, int csat)
    {
        var id = s.Add(office, at.AddHours(1), nps: 2 * csat, csat: csat);
        using var c = s.Db.Store.Open();
        c.Execute("""
            INSERT INTO invitation_outbox (rule_code, event_ref, client_key, office_code, channel, event_at, state, token, created_at_utc)
            VALUES ($rule, $eventRef, 'k-' || $id, $office, 'sms', $at, 'invited', 'tok-' || $id, $at);
            UPDATE submission SET token = 'tok-' || $id WHERE id = $id;
            """, new { rule, eventRef, id, office, at });
    }

    private static SurveyStore Linked(int beyondTickets = 5)
    {
        var s = new SurveyStore();
        using (var c = s.Db.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('B1', 'branch', NULL, 'Ф1'), ('A', 'office', 'B1', 'А');
                INSERT INTO invitation_rule (code, title, event_kind, form_code, delay_minutes, channel) VALUES
                  ('queue', 'Талон', 'queue_visit_finished', 'client-satisfaction', 0, 'sms'),
                  ('reply', 'Ответ', 'appeal_answered', 'client-satisfaction', 0, 'email');
                """);
        var day = new DateTime(2026, 2, 2, 10, 0, 0);
        int[] within = [5, 5, 4, 5, 4], beyond = [2, 3, 2, 3, 2];
        for (var i = 0; i < within.Length + beyondTickets; i++)
        {
            var late = i >= within.Length;
            var issued = day.AddDays(i);
            var wait = late ? 30 : 5;
            using (var c = s.Db.Store.Open())
                c.Execute("INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at) VALUES ('A', $t, $issued, $called, $finished)",
                    new { t = $"T{i}", issued, called = issued.AddMinutes(wait), finished = issued.AddMinutes(wait + 10) });
            Link(s, "queue", LinkedExperience.QueueRef("A", issued, $"T{i}"), "A", issued.AddMinutes(wait + 10), late ? beyond[i - 5] : within[i]);
        }
        for (var i = 0; i < 10; i++)
        {
            var late = i >= 5;
            var received = new DateTime(2026, 1, 12, 10, 0, 0).AddDays(i);
            var answered = received.AddDays(late ? 45 : 3);
            using (var c = s.Db.Store.Open())
                c.Execute("""
                    INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, due_at, answered_at, status)
                    VALUES ($no, 'A', 'individual', 'email', 'complaint', $received, $received, $due, $answered, 'answered')
                    """, new { no = $"R{i}", received, due = received.AddDays(30), answered });
            Link(s, "reply", $"R{i}", "A", answered, late ? beyond[i - 5] : within[i]);
        }
        return s;
    }

    [Fact]
    public void Load_ComparesScoresAcrossTheMethodologyWaitNormAndTheDeadline()
    {
        using var s = Linked();
        var deadlines = new AppealDeadlines(s.Db.Store);

        var gaps = new LinkedExperience(s.Db.Store, deadlines).Load(BranchScope.Company, Form, new DateOnly(2026, 6, 1));

        var wait = gaps.Single(g => g.Kind == ScoreGap.Wait);
        Assert.Equal(deadlines.Norms().QueueWaitMinutes, wait.NormMinutes);
        Assert.Equal((5, 5, 4.6, 2.4), (wait.NWithin, wait.NBeyond, wait.MeanWithin!.Value, wait.MeanBeyond!.Value));
        Assert.Equal(1.401, wait.Gap!.Interval.Lower, 3);
        Assert.True(wait.Significant);
        var deadline = gaps.Single(g => g.Kind == ScoreGap.Deadline);
        Assert.Equal((5, 5), (deadline.NWithin, deadline.NBeyond));
        Assert.Equal(2.2, deadline.Gap!.Difference, 10);
        Assert.True(deadline.Significant);
        Assert.All(new LinkedExperience(s.Db.Store, deadlines).Load(new BranchScope("bm", "B9", false), Form, new DateOnly(2026, 6, 1)),
            g => Assert.Equal((0, 0), (g.NWithin, g.NBeyond)));
    }

    [Fact]
    public void Load_HidesASideBelowTheFloor_SoNoSentenceIsShown()
    {
        using var s = Linked(beyondTickets: 4);

        var wait = new LinkedExperience(s.Db.Store, new AppealDeadlines(s.Db.Store)).Load(BranchScope.Company, Form, new DateOnly(2026, 6, 1))
            .Single(g => g.Kind == ScoreGap.Wait);

        Assert.Equal(4, wait.NBeyond);
        Assert.True(wait.Hidden);
        Assert.False(wait.Significant);
    }
}
