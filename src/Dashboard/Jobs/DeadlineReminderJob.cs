using Analytics.Engine.Store;
using Dapper;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>What one reminder run did.</summary>
public sealed record ReminderRun(int AppealReminders, int ActionReminders, int Emailed);

/// <summary>
/// Daily: an in-app reminder for every unanswered appeal and open corrective action that is due within
/// <see cref="JobsOptions.RemindDaysAhead"/> days or already overdue. Appeal reminders go to the branch of the office,
/// action reminders to the action's owner. Idempotent: the notification key (recipient, kind, subject, due date)
/// means a second run on the same day adds nothing; an item that becomes overdue gets one more, overdue, reminder.
/// </summary>
public sealed class DeadlineReminderJob(AnalyticsStore store, TimeProvider clock, IOptions<JobsOptions> options,
    ReminderMailer mailer, ILogger<DeadlineReminderJob> logger)
{
    public async Task<ReminderRun> Run(CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone();
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
        var today = DateOnly.FromDateTime(now);
        var args = new { today, horizon = today.AddDays(options.Value.RemindDaysAhead), now };
        int appeals, actions;
        using (var connection = store.Open())
        {
            // Appeal timestamps are office-local; a date-level comparison is what a reminder needs.
            appeals = connection.Execute("""
                INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
                SELECT 'branch:' || coalesce(o.parent_code, a.office_code),
                       CASE WHEN a.due < $today THEN 'appeal_overdue' ELSE 'appeal_due' END,
                       a.register_no, a.due,
                       CASE WHEN a.due < $today THEN 'Просрочен ответ на обращение ' ELSE 'Истекает срок ответа на обращение ' END
                           || a.register_no || ' (' || strftime(a.due, '%d.%m.%Y') || ', офис ' || a.office_code || ')',
                       $now
                FROM (SELECT register_no, office_code, CAST(coalesce(extended_to, due_at) AS DATE) AS due
                      FROM appeal WHERE answered_at IS NULL AND status IN ('open', 'in_progress')) a
                LEFT JOIN org_unit o ON o.code = a.office_code
                WHERE a.due IS NOT NULL AND a.due <= $horizon
                ON CONFLICT DO NOTHING
                """, args);
            actions = connection.Execute("""
                INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at)
                SELECT owner, CASE WHEN due_on < $today THEN 'action_overdue' ELSE 'action_due' END,
                       CAST(id AS VARCHAR), due_on,
                       CASE WHEN due_on < $today THEN 'Просрочена корректирующая мера № ' ELSE 'Истекает срок корректирующей меры № ' END
                           || id || ': ' || title || ' (' || strftime(due_on, '%d.%m.%Y') || ')',
                       $now
                FROM corrective_action
                WHERE status IN ('open', 'in_progress', 'reopened') AND due_on <= $horizon
                ON CONFLICT DO NOTHING
                """, args);
        }
        var emailed = await mailer.SendPending(now, cancellationToken);
        logger.LogInformation("Reminders: {Appeals} appeal, {Actions} action reminders, {Emailed} e-mailed", appeals, actions, emailed);
        return new ReminderRun(appeals, actions, emailed);
    }
}
