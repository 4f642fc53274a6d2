using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>What one reminder run did.</summary>
public sealed record ReminderRun(int AppealReminders, int ActionReminders, int Emailed);

/// <summary>
/// Daily: an in-app reminder for every appeal the Engine's <see cref="AppealDeadlines"/> judges overdue or due soon
/// (the Standard's due date and due-soon window, as the appeals page and the indicators), and for every open
/// corrective action due within <see cref="JobsOptions.RemindDaysAhead"/> days or overdue. Appeal reminders go to the branch of the office,
/// action reminders to the action's owner. Idempotent: the notification key (recipient, kind, subject, due date)
/// means a second run on the same day adds nothing; an item that becomes overdue gets one more, overdue, reminder.
/// </summary>
public sealed class DeadlineReminderJob(AnalyticsStore store, TimeProvider clock, IOptions<JobsOptions> options,
    ReminderMailer mailer, ILogger<DeadlineReminderJob> logger, AppealDeadlines deadlines)
{
    [Hangfire.JobDisplayName(JobNames.Reminders)]
    public async Task<ReminderRun> Run(CancellationToken cancellationToken)
    {
        var now = Now();
        var (appeals, actions) = Fill(now);
        var emailed = await mailer.SendPending(now, cancellationToken);
        logger.LogInformation("Reminders: {Appeals} appeal, {Actions} action reminders, {Emailed} e-mailed", appeals, actions, emailed);
        return new ReminderRun(appeals, actions, emailed);
    }

    /// <summary>
    /// D23: the in-app reminders only, right after the demo is generated, so /notifications is filled on day one
    /// rather than after the next scheduled run. Nothing is e-mailed: that stays the scheduled run's job.
    /// </summary>
    public ReminderRun FillOnFirstStart()
    {
        var (appeals, actions) = Fill(Now());
        logger.LogInformation("First start: {Appeals} appeal, {Actions} action reminders", appeals, actions);
        return new ReminderRun(appeals, actions, 0);
    }

    private DateTime Now() => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.Zone()).DateTime;

    private (int Appeals, int Actions) Fill(DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var (appeals, actions) = new ReminderStore(store, deadlines).Fill(today, today.AddDays(options.Value.RemindDaysAhead), now);
        return (appeals, actions);
    }
}
