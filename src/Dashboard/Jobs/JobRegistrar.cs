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
    public const string AuditPrune = "nightly-audit-prune";
    public const string ExportCleanup = "nightly-export-cleanup";
    public const string Invitations = "invitations";
    public const string Retention = "nightly-retention";
    public const string Cases = "client-cases";
    public const string Webhooks = "webhooks";
    public const string EmergingTopics = "daily-emerging-topics";
}

/// <summary>
/// Registers the recurring jobs at start, with their schedules in the configured time zone. Runs after
/// <c>StoreStartup</c> (hosted services start in registration order), so the first run finds a migrated store.
/// </summary>
public sealed class JobRegistrar(IRecurringJobManager jobs, IOptions<JobsOptions> options,
    IOptions<Export.ExportOptions> exports, IOptions<Analytics.Engine.Privacy.Erasure.RetentionOptions> retention,
    ILogger<JobRegistrar> logger) : IHostedService
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
        jobs.AddOrUpdate<AuditPruneJob>(JobIds.AuditPrune, j => j.Run(CancellationToken.None), AuditPruneCron, schedule);
        jobs.AddOrUpdate<Export.ExportJob>(JobIds.ExportCleanup, j => j.Cleanup(CancellationToken.None), exports.Value.CleanupCron, schedule);
        jobs.AddOrUpdate<InvitationJob>(JobIds.Invitations, j => j.Run(CancellationToken.None), o.InvitationsCron, schedule);
        jobs.AddOrUpdate<RetentionJob>(JobIds.Retention, j => j.Run(CancellationToken.None), retention.Value.Cron, schedule);
        jobs.AddOrUpdate<CaseJob>(JobIds.Cases, j => j.Run(CancellationToken.None), o.CasesCron, schedule);
        jobs.AddOrUpdate<WebhookJob>(JobIds.Webhooks, j => j.Run(CancellationToken.None), o.WebhooksCron, schedule);
        jobs.AddOrUpdate<EmergingTopicsJob>(JobIds.EmergingTopics, j => j.Run(CancellationToken.None), o.EmergingTopicsCron, schedule);
        logger.LogInformation("Recurring jobs registered in time zone {Zone}", o.TimeZone);
        return Task.CompletedTask;
    }

    /// <summary>03:30 nightly, after the backup: entries past retention leave the store only once a backup holds them.</summary>
    public const string AuditPruneCron = "30 3 * * *";

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
