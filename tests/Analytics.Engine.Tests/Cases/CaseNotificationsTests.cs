using Analytics.Engine.Cases;
using Analytics.Engine.Compliance;
using Analytics.Engine.Queries.Notifications;
using Analytics.Engine.Store;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Tests.Cases;

/// <summary>
/// Cases have notification kinds of their own (migration 030, ADR 0029): opened → the owner, escalated → the next
/// level's owner, and the daily reminders of a case are case_due / case_overdue, never a corrective action's kind.
/// </summary>
public class CaseNotificationsTests
{
    private static readonly DateTimeOffset Monday = new(CaseFixture.Moscow(2025, 3, 3), TimeSpan.Zero);

    private static List<(string Recipient, string Kind)> Notices(CaseFixture f, long id)
    {
        using var c = f.Temp.Store.Open();
        return [.. c.Query<(string, string)>("SELECT recipient, kind FROM notification WHERE subject_ref = $id ORDER BY id",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
    }

    [Fact]
    public void ACase_NotifiesItsOwner_WhenOpened_EscalatedAndOverdue_WithTheCaseKinds()
    {
        using var f = new CaseFixture(Monday);
        f.Response("R-1", "O11", CaseFixture.Moscow(2025, 3, 3, 9), nps: 2);
        f.RunAt(2025, 3, 3);
        f.RunAt(2025, 3, 3, 12); // a rerun posts nothing twice
        var item = f.Cases.List(new CaseFilter()).Single();
        Assert.Equal([(CaseFixture.OfficeOwner, CaseNotifications.Opened)], Notices(f, item.Id));

        var dayAfter = item.DueOn.AddDays(1);
        f.RunAt(dayAfter.Year, dayAfter.Month, dayAfter.Day);
        Assert.Equal((CaseFixture.BranchOwner, CaseNotifications.Escalated), Notices(f, item.Id).Last());

        // The 07:00 reminders: the escalated case is due again in two working days, then overdue.
        var escalated = f.Cases.List(new CaseFilter()).Single();
        var reminders = new ReminderStore(f.Temp.Store, new AppealDeadlines(f.Temp.Store));
        reminders.Fill(dayAfter, escalated.DueOn, DateTime.UtcNow);
        reminders.Fill(escalated.DueOn.AddDays(1), escalated.DueOn.AddDays(1), DateTime.UtcNow);
        var kinds = Notices(f, item.Id).Select(n => n.Kind).ToList();
        Assert.Contains(CaseNotifications.Due, kinds);
        Assert.Contains(CaseNotifications.Overdue, kinds);
        Assert.DoesNotContain(kinds, k => k.StartsWith("action", StringComparison.Ordinal));
        using var c = f.Temp.Store.Open();
        Assert.Contains("обращение клиента", c.ExecuteScalar<string>("SELECT message FROM notification WHERE kind = 'case_overdue'"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryNotificationKind_HasARussianLabel()
    {
        using var temp = new TempStore();
        using var c = temp.Store.Open();
        var check = c.ExecuteScalar<string>("SELECT sql FROM duckdb_tables() WHERE table_name = 'notification'")!;
        var list = System.Text.RegularExpressions.Regex.Match(check, @"kind\s+IN\s*\(([^)]*)\)", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Groups[1].Value;
        var kinds = System.Text.RegularExpressions.Regex.Matches(list, "'([a-z_]+)'").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(CaseNotifications.Opened, kinds);
        Assert.Equal(10, kinds.Count);
        foreach (var kind in kinds) Assert.NotEqual(kind, Labels.Ru(Vocab.NotificationKind, kind));
        Assert.Equal("Новое обращение клиента", Labels.Ru(Vocab.NotificationKind, CaseNotifications.Opened));
    }

    [Fact]
    public void Migration030_KeepsEveryKind_AndMovesStoredCaseNoticesToTheCaseKinds()
    {
        using var temp = TempStore.Before(30);
        using (var c = temp.Store.Open())
        {
            c.Execute("""
                INSERT INTO corrective_action (id, source_kind, source_ref, title, owner, due_on, created_at, created_by) VALUES
                    (7, 'indicator', 'X', 'Мера', 'ivanova', DATE '2026-12-01', now(), 'admin'),
                    (8, 'client_case', 'response:R-1', 'Обращение', 'sokolov', DATE '2026-12-01', now(), 'system');
                INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at, read_at) VALUES
                    ('ivanova', 'action_due', '7', DATE '2026-12-01', 'Истекает срок меры № 7', TIMESTAMP '2026-11-28 04:00', TIMESTAMP '2026-11-29 09:00'),
                    ('sokolov', 'action_overdue', '8', DATE '2026-12-03', 'Вам передано просроченное обращение клиента № 8', TIMESTAMP '2026-12-02 04:00', NULL),
                    ('sokolov', 'action_overdue', '8', DATE '2026-12-01', 'Просрочена корректирующая мера № 8', TIMESTAMP '2026-12-02 04:00', NULL),
                    ('sokolov', 'action_due', '8', DATE '2026-12-01', 'Истекает срок корректирующей меры № 8', TIMESTAMP '2026-11-30 04:00', NULL),
                    ('branch:B1', 'appeal_overdue', 'A-1', DATE '2026-11-30', 'Просрочен ответ', TIMESTAMP '2026-11-30 04:00', NULL),
                    ('admin', 'webhook_paused', '1', DATE '2026-12-01', 'Вебхук', TIMESTAMP '2026-12-01 04:00', NULL),
                    ('designer', 'survey_topic', 'csat/week/x', DATE '2026-11-30', 'Тема', TIMESTAMP '2026-12-01 04:00', NULL);
                """);
            Assert.Throws<DuckDB.NET.Data.DuckDBException>(() => c.Execute(
                "INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at) VALUES ('x', 'case_opened', '8', DATE '2026-12-01', 'x', now())"));
        }

        Assert.Contains(30, new StoreMigrator(temp.Store).Migrate());

        using var after = temp.Store.Open();
        var rows = after.Query<(long Id, string Kind, DateTime? Read)>("SELECT id, kind, read_at FROM notification ORDER BY id").ToList();
        Assert.Equal(["action_due", "case_escalated", "case_overdue", "case_due", "appeal_overdue", "webhook_paused", "survey_topic"], rows.Select(r => r.Kind));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], rows.Select(r => r.Id));
        Assert.Equal(new DateTime(2026, 11, 29, 9, 0, 0), rows[0].Read);
        foreach (var kind in CaseNotifications.All)
            after.Execute("INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at) VALUES ('x', $kind, '9', DATE '2026-12-01', 'x', now())", new { kind });
        Assert.Throws<DuckDB.NET.Data.DuckDBException>(() => after.Execute(
            "INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at) VALUES ('x', 'no_such_kind', '9', DATE '2026-12-01', 'x', now())"));
        Assert.Equal(0, after.ExecuteScalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'notification_030'"));
    }
}
