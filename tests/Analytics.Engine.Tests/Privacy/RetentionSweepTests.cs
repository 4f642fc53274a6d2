using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Tests.Support;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>The nightly retention sweep pseudonymises only what is past its period, keeps rows and counts, and is idempotent.</summary>
public class RetentionSweepTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    private static void Seed(TempStore s)
    {
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone, consumer_email, consumer_address,
                                channel, kind, received_at, registered_at, answered_at) VALUES
                ('OLD-1', 'O01', 'individual', 'K-1', 'Старый Пётр', '+7 900 111-22-33', 'old@example.ru', 'ул. Старая, 1', 'email', 'complaint', '2021-03-01', '2021-03-01', '2021-03-10'),
                ('OLD-2', 'O01', 'individual', 'K-1', 'Старый Пётр', NULL, NULL, NULL, 'email', 'complaint', '2021-04-01', '2021-04-01', '2021-04-10'),
                ('NEW-1', 'O01', 'individual', 'K-2', 'Новая Анна', '+7 900 444-55-66', NULL, NULL, 'email', 'complaint', '2025-03-01', '2025-03-01', '2025-03-10');
            INSERT INTO submission (id, definition_id, version, source, submitted_at) VALUES ('S-OLD', 'f', 1, 'online', '2025-10-01'), ('S-NEW', 'f', 1, 'online', '2026-10-01');
            INSERT INTO answer (submission_id, item_code, value_num, value_text) VALUES
                ('S-OLD', 'contact', NULL, '+7 900 777-88-99'), ('S-OLD', 'q1', 5, NULL), ('S-NEW', 'contact', NULL, '+7 900 000-00-01');
            INSERT INTO call_record (call_id, center_code, started_at, answered, caller_phone) VALUES
                ('C-OLD', 'CC', '2025-06-01', true, '+79001112233'), ('C-NEW', 'CC', '2026-06-01', true, '+79004445566');
            INSERT INTO sign_in_event (user_name, attempted_at, succeeded, remote_ip) VALUES ('a', '2025-01-01', true, '10.0.0.1'), ('a', '2026-11-01', true, '10.0.0.2');
            """);
    }

    [Fact]
    public void Sweep_PseudonymisesOnlyWhatIsPastRetention_AndTheSecondRunChangesNothing()
    {
        using var s = new TempStore();
        Seed(s);
        var sweep = new RetentionSweep(s.Store, Options.Create(new RetentionOptions()), new FixedClock(Now));

        var result = sweep.Run();

        Assert.Equal(new RetentionResult(2, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0), result);
        using var c = s.Store.Open();
        var appeals = c.Query<(string No, string? Key, string? Name, string? Phone, string? Email)>(
            "SELECT register_no, consumer_key, consumer_name, consumer_phone, consumer_email FROM appeal ORDER BY register_no").ToList();
        var p = ConsumerIdentity.Placeholder;
        Assert.Equal(("K-2", "Новая Анна", "+7 900 444-55-66"), (appeals[0].Key, appeals[0].Name, appeals[0].Phone));
        Assert.StartsWith(ConsumerIdentity.PseudonymPrefix, appeals[1].Key);
        Assert.Equal(appeals[1].Key, appeals[2].Key); // one stable pseudonym: the repeat complaint still pairs
        Assert.Equal((p, p, p), (appeals[1].Name, appeals[1].Phone, appeals[1].Email));
        Assert.Equal((p, (string?)null), (appeals[2].Name, appeals[2].Phone)); // NULL stays NULL: "has a phone" counts unchanged
        Assert.Equal([("S-NEW", "+7 900 000-00-01"), ("S-OLD", p)],
            c.Query<(string, string)>("SELECT submission_id, value_text FROM answer WHERE item_code = 'contact' ORDER BY submission_id"));
        Assert.Equal(5, c.ExecuteScalar<double>("SELECT value_num FROM answer WHERE item_code = 'q1'"));
        Assert.Equal([("C-NEW", "+79004445566"), ("C-OLD", p)], c.Query<(string, string)>("SELECT call_id, caller_phone FROM call_record ORDER BY call_id"));
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM sign_in_event WHERE remote_ip IS NULL AND attempted_at < '2026-01-01'"));
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM audit_entry WHERE action = 'pseudonymise'"));

        Assert.Equal(0, sweep.Run().Total);
        Assert.Equal(3, c.ExecuteScalar<long>("SELECT count(*) FROM appeal"));
    }

    [Fact]
    public void Sweep_ReplacesAppealTexts_StaffComments_FailedSignInNames_AndRespondentsDevices_PastTheirPeriods()
    {
        using var s = new TempStore();
        using (var c = s.Store.Open())
            c.Execute("""
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, text) VALUES
                    ('T-OLD', 'O01', 'individual', 'email', 'complaint', '2021-03-01', '2021-03-01', '2021-03-10', 'Пишет Пётр Старый, ул. Ленина 1'),
                    ('T-NEW', 'O01', 'individual', 'email', 'complaint', '2025-03-01', '2025-03-01', '2025-03-10', 'Пишет Анна Новая');
                INSERT INTO submission (id, definition_id, version, source, submitted_at, auditor, user_agent, latitude, longitude) VALUES
                    ('R-OLD', 'f', 1, 'online', '2025-06-01', NULL, 'Mozilla/5.0 (iPhone)', 55.75, 37.61),
                    ('A-OLD', 'f', 1, 'checklist', '2022-06-01', 'auditor1', 'Mozilla/5.0 (Android)', 55.75, 37.61),
                    ('R-NEW', 'f', 1, 'online', '2026-10-01', NULL, 'Mozilla/5.0 (Mac)', 55.70, 37.50);
                INSERT INTO answer (submission_id, item_code, value_num, note) VALUES ('A-OLD', 'q1', 1, 'Клиентка Смирнова жаловалась'), ('R-NEW', 'q1', 5, 'свежая заметка');
                INSERT INTO audit_review (submission_id, seq, state, reviewer, decided_at, comment) VALUES
                    ('A-OLD', 1, 'returned', 'rev', '2022-06-02', 'Уточнить у Смирновой'), ('A-OLD', 2, 'approved', 'rev', '2026-06-02', 'ок');
                INSERT INTO corrective_action_event (action_id, seq, happened_at, actor, to_status, note) VALUES (1, 1, '2022-01-01', 'boss', 'open', 'позвонить Смирновой');
                INSERT INTO sign_in_event (user_name, attempted_at, succeeded) VALUES
                    ('ivan@example.ru', '2026-05-01', false), ('admin', '2026-05-01', true), ('typo-new', '2026-11-20', false);
                """);

        var result = new RetentionSweep(s.Store, Microsoft.Extensions.Options.Options.Create(new RetentionOptions()), new FixedClock(Now)).Run();

        Assert.Equal((1L, 3L, 1L, 1L), (result.AppealTexts, result.StaffComments, result.FailedSignInNames, result.Devices));
        var p = ConsumerIdentity.Placeholder;
        using var c2 = s.Store.Open();
        Assert.Equal(["Пишет Анна Новая", p], c2.Query<string>("SELECT text FROM appeal ORDER BY register_no"));
        Assert.Equal([(p, null), ("свежая заметка", null)], c2.Query<(string, string?)>("SELECT note, NULL FROM answer ORDER BY submission_id"));
        Assert.Equal([p, "ок"], c2.Query<string>("SELECT comment FROM audit_review ORDER BY seq"));
        Assert.Equal(p, c2.ExecuteScalar<string>("SELECT note FROM corrective_action_event"));
        Assert.Equal([p, "admin", "typo-new"], c2.Query<string>("SELECT user_name FROM sign_in_event ORDER BY attempted_at, succeeded DESC, user_name").OrderBy(x => x == p ? 0 : 1).ThenBy(x => x));
        // The respondent's device goes; the auditor's coordinates are the act's evidence and stay; the recent one stays.
        Assert.Equal([("A-OLD", "Mozilla/5.0 (Android)", (double?)55.75), ("R-NEW", "Mozilla/5.0 (Mac)", 55.70), ("R-OLD", p, null)],
            c2.Query<(string, string, double?)>("SELECT id, user_agent, latitude FROM submission ORDER BY id"));
        Assert.Equal(0, new RetentionSweep(s.Store, Microsoft.Extensions.Options.Options.Create(new RetentionOptions()), new FixedClock(Now)).Run().Total);
    }
}
