using Hangfire;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>Stable ids of the recurring jobs: re-registering under the same id updates, never duplicates.</summary>
public static class JobIds
{
    public const string Reminders = "deadline-reminders";
    public const string Backup = "nightly-backup";
    public const string MonthlyReports = "monthly-reports";
    public const string IndicatorRecompute = "nightly-indicator-recompute";
    public const string Retraining = "weekly-classifier-retraining";
}

/// <summary>
/// Registers the recurring jobs at start, with their schedules in the configured time zone. Runs after
/// <c>StoreStartup</c> (hosted services start in registration order), so the first run finds a migrated store.
/// </summary>
public sealed class JobRegistrar(IRecurringJobManager jobs, IOptions<JobsOptions> options, ILogger<JobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var schedule = new RecurringJobOptions { TimeZone = o.Zone() };
        jobs.AddOrUpdate<DeadlineReminderJob>(JobIds.Reminders, j => j.Run(CancellationToken.None), o.RemindersCron, schedule);
        jobs.AddOrUpdate<BackupJob>(JobIds.Backup, j => j.Run(CancellationToken.None), o.BackupCron, schedule);
        jobs.AddOrUpdate<MonthlyReportJob>(JobIds.MonthlyReports, j => j.Run(null, null, CancellationToken.None), o.MonthlyReportsCron, schedule);
        jobs.AddOrUpdate<IndicatorRecomputeJob>(JobIds.IndicatorRecompute, j => j.Run(CancellationToken.None), o.IndicatorsCron, schedule);
        jobs.AddOrUpdate<ClassifierRetrainingJob>(JobIds.Retraining, j => j.Run(CancellationToken.None), o.RetrainingCron, schedule);
        logger.LogInformation("Recurring jobs registered in time zone {Zone}", o.TimeZone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
