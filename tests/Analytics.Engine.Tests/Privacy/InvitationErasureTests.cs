using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Tests.Support;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21 (gaps): survey invitations — outbox addresses and client keys, consent, opt-out, transport errors — are part of
/// an erasure and of retention, like the appeals they were planned from.
/// </summary>
public class InvitationErasureTests
{
    private const string Email = "ivan.invited@example.ru";
    private const string Phone = "+7 (912) 345-67-89";
    private const string Digits = "79123456789";

    private static void Seed(TempStore s, DateTime plannedUtc)
    {
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone, consumer_email,
                                channel, kind, received_at, registered_at, answered_at) VALUES
                ('INV-1', 'O01', 'individual', 'LS-770001', 'Приглашённый Иван', $Phone, $Email, 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05'),
                ('INV-2', 'O01', 'individual', 'LS-880002', 'Другая Мария', '+7 900 000-11-22', 'maria.other@example.ru', 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05');
            INSERT INTO call_record (call_id, center_code, started_at, answered, caller_phone) VALUES ('CALL-INV', 'CC', '2026-10-06 10:00', true, $Phone);
            INSERT INTO invitation_rule (code, title, event_kind, form_code, delay_minutes, channel) VALUES
                ('after-appeal', 'После ответа', 'appeal_answered', 'csat', 60, 'email'),
                ('after-call', 'После звонка', 'call_handled', 'csat', 10, 'sms');
            INSERT INTO invitation_outbox (id, rule_code, event_ref, client_key, office_code, channel, address, event_at, state, token, created_at_utc) VALUES
                (1, 'after-appeal', 'INV-1', 'LS-770001', 'O01', 'email', $Email, '2026-10-05', 'invited', 't1', $plannedUtc),
                (2, 'after-call', 'CALL-INV', 'p:' || $Digits, 'CC', 'sms', $Phone, '2026-10-06', 'invited', 't2', $plannedUtc),
                (3, 'after-appeal', 'INV-2', 'LS-880002', 'O01', 'email', 'maria.other@example.ru', '2026-10-05', 'invited', 't3', $plannedUtc);
            INSERT INTO invitation_message (outbox_id, seq, due_at_utc, state, last_error) VALUES
                (1, 0, $plannedUtc, 'bounced', '550 mailbox ' || $Email || ' unavailable'),
                (2, 0, $plannedUtc, 'sent', NULL),
                (3, 0, $plannedUtc, 'sent', '550 mailbox maria.other@example.ru unavailable');
            INSERT INTO client_consent (client_key, given_at, source) VALUES ('LS-770001', '2026-01-01', 'договор'), ('p:' || $Digits, '2026-01-01', 'звонок'),
                ('LS-880002', '2026-01-01', 'договор');
            INSERT INTO client_opt_out (client_key, opted_out_at_utc, outbox_id) VALUES ('p:' || $Digits, $plannedUtc, 2);
            """, new { Phone, Email, Digits, plannedUtc });
    }

    /// <summary>Rows of the invitation tables that still hold one of the values (as "table: row").</summary>
    private static List<string> Traces(TempStore s, params string[] values)
    {
        using var c = s.Store.Open();
        var found = new List<string>();
        foreach (var table in new[] { "invitation_outbox", "invitation_message", "client_consent", "client_opt_out", "invitation" })
            foreach (var row in c.Query<string>($"SELECT CAST(t AS VARCHAR) FROM {table} t"))
                found.AddRange(values.Where(v => row.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => $"{table}: {row}"));
        return found;
    }

    [Fact]
    public void Erase_InvitedConsumer_LeavesNoTraceInInvitationTables_AndKeepsTheOtherInvitee()
    {
        using var s = new TempStore();
        Seed(s, new DateTime(2026, 10, 5, 12, 0, 0));
        string[] theirs = [Email, Phone, Digits, "LS-770001"];
        Assert.True(Traces(s, theirs).Count >= 6, string.Join("\n", Traces(s, theirs)));

        var result = new ConsumerErasure(s.Store).Erase("LS-770001", "admin");

        Assert.Empty(Traces(s, theirs));
        Assert.Equal(4, Traces(s, "LS-880002", "maria.other@example.ru").Count); // outbox (key, address), message, consent
        Assert.True(result.Rows >= 7, $"{result.Rows} rows");
        using var c = s.Store.Open();
        // Rows stay for the funnel; the invitation planned from the appeal carries the appeal's own pseudonym.
        Assert.Equal(3, c.ExecuteScalar<long>("SELECT count(*) FROM invitation_outbox"));
        Assert.Equal(c.ExecuteScalar<string>("SELECT consumer_key FROM appeal WHERE register_no = 'INV-1'"),
            c.ExecuteScalar<string>("SELECT client_key FROM invitation_outbox WHERE id = 1"));
        Assert.Equal((2L, 1L), (c.ExecuteScalar<long>("SELECT count(*) FROM client_consent WHERE starts_with(client_key, 'ps-')"),
            c.ExecuteScalar<long>("SELECT count(*) FROM client_opt_out WHERE starts_with(client_key, 'ps-')")));
        Assert.Equal(ConsumerIdentity.Placeholder, c.ExecuteScalar<string>("SELECT address FROM invitation_outbox WHERE id = 2"));
    }

    [Fact]
    public void Erase_ByTheInvitationAddressOnly_FindsTheInvitee()
    {
        using var s = new TempStore();
        Seed(s, new DateTime(2026, 10, 5, 12, 0, 0));

        new ConsumerErasure(s.Store).Erase(Phone, null);

        Assert.Empty(Traces(s, Phone, Digits, Email, "LS-770001"));
    }

    [Fact]
    public void Retention_PseudonymisesSettledInvitationsPastTheirMonths_NotPendingOnes()
    {
        using var s = new TempStore();
        Seed(s, new DateTime(2026, 3, 1, 12, 0, 0));
        using (var c = s.Store.Open())
            c.Execute("UPDATE invitation_message SET state = 'pending' WHERE outbox_id = 3");
        var sweep = new RetentionSweep(s.Store, Options.Create(new RetentionOptions()), new FixedClock(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero)));

        var result = sweep.Run();

        Assert.Equal(3, result.Invitations); // outbox 1 and 2, the bounce text of 1
        using var c2 = s.Store.Open();
        Assert.Equal([(1L, ConsumerIdentity.Placeholder), (2L, ConsumerIdentity.Placeholder), (3L, "maria.other@example.ru")],
            c2.Query<(long, string)>("SELECT id, address FROM invitation_outbox ORDER BY id"));
        Assert.Equal(1, c2.ExecuteScalar<long>("SELECT count(*) FROM client_opt_out WHERE client_key = 'p:' || $Digits", new { Digits }));
        Assert.Equal(0, sweep.Run().Invitations);
    }
}
