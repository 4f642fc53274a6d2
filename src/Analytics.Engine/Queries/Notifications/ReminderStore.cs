using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Queries.Notifications;

/// <summary>
/// The write side of <c>notification</c> for the deadline job: reminders for the appeals <see cref="AppealDeadlines"/>
/// judges overdue or due soon (to the office's branch) and for open corrective actions due by a horizon (to the owner;
/// a case's reminders are of the case kinds, <see cref="Cases.CaseNotifications"/>). Idempotent: the notification key (recipient, kind, subject, due date) means a second fill on
/// the same day adds nothing; an item that becomes overdue gets one more, overdue, reminder.
/// </summary>
public sealed class ReminderStore(AnalyticsStore store, AppealDeadlines deadlines)
{
    /// <summary>Adds the day's reminders; returns how many appeal and action reminders were new.</summary>
    public (int Appeals, int Actions) Fill(DateOnly today, DateOnly horizon, DateTime now)
    {
        using var connection = store.Open();
        deadlines.Prepare(connection, today);
        // Appeal timestamps are office-local; a date-level comparison is what a reminder needs.
        var appeals = connection.Execute("""
            INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
            SELECT 'branch:' || coalesce(o.parent_code, a.office_code),
                   CASE WHEN a.state = 'overdue' THEN 'appeal_overdue' ELSE 'appeal_due' END,
                   a.register_no, a.effective_due,
                   CASE WHEN a.state = 'overdue' THEN 'Просрочен ответ на обращение ' ELSE 'Истекает срок ответа на обращение ' END
                       || a.register_no || ' (' || strftime(a.effective_due, '%d.%m.%Y') || ', офис ' || a.office_code || ')',
                   $now
            FROM appeal_due a
            LEFT JOIN org_unit o ON o.code = a.office_code
            WHERE a.state IN ('overdue', 'due_soon')
            ON CONFLICT DO NOTHING
            """, new { now });
        var actions = connection.Execute("""
            INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
            SELECT owner,
                   CASE WHEN source_kind = 'client_case' THEN (CASE WHEN due_on < $today THEN 'case_overdue' ELSE 'case_due' END)
                        WHEN due_on < $today THEN 'action_overdue' ELSE 'action_due' END,
                   CAST(id AS VARCHAR), due_on,
                   CASE WHEN source_kind = 'client_case'
                        THEN (CASE WHEN due_on < $today THEN 'Просрочено обращение клиента № ' ELSE 'Истекает срок обращения клиента № ' END)
                        WHEN due_on < $today THEN 'Просрочена корректирующая мера № ' ELSE 'Истекает срок корректирующей меры № ' END
                       || id || ': ' || title || ' (' || strftime(due_on, '%d.%m.%Y') || ')',
                   $now
            FROM corrective_action
            WHERE status IN ('open', 'in_progress', 'reopened') AND due_on <= $horizon
            ON CONFLICT DO NOTHING
            """, new { today, horizon, now });
        return (appeals, actions);
    }
}
