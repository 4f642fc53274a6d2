using System.ComponentModel.DataAnnotations;

namespace Dashboard.Jobs;

/// <summary>
/// Scheduled jobs (section <c>Jobs</c>). Cron expressions are read in <see cref="TimeZone"/>, so "nightly at 02:00"
/// means 02:00 in Moscow whatever the server clock says. Relative folders are resolved beside the store file.
/// </summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string SectionName = "Jobs";

    /// <summary>Run the Hangfire server in this host (off for a read-only replica or in some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IANA time zone the schedules are read in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Moscow";

    public string RemindersCron { get; set; } = "0 7 * * *";
    public string BackupCron { get; set; } = "30 1 * * *";
    public string MonthlyReportsCron { get; set; } = "0 5 1 * *";
    public string IndicatorsCron { get; set; } = "0 1 * * *";
    public string RetrainingCron { get; set; } = "0 3 * * 0";

    /// <summary>Emerging survey topics: notify quality specialists of topics that rose in the last complete week or month.</summary>
    public string EmergingTopicsCron { get; set; } = "0 8 * * *";

    /// <summary>Invitations: plan new events and send what is due (quiet hours are the Engine's, per office).</summary>
    public string InvitationsCron { get; set; } = "*/5 * * * *";

    /// <summary>Client cases: open from new triggers and escalate overdue ones (ADR 0027).</summary>
    public string CasesCron { get; set; } = "*/30 * * * *";

    /// <summary>Webhooks: send the deliveries that are due (retries wait 1, 2, 4 … minutes, so every minute).</summary>
    public string WebhooksCron { get; set; } = "* * * * *";

    /// <summary>
    /// Remind this many calendar days before a corrective action is due. Appeals are reminded when the Engine judges
    /// them due soon or overdue — the methodology's <c>dueSoonWorkingDays</c> (one definition with the appeals page).
    /// </summary>
    [Range(0, 60)]
    public int RemindDaysAhead { get; set; } = 3;

    /// <summary>Where monthly reports are written (per year subfolder).</summary>
    [Required]
    public string ReportsFolder { get; set; } = "reports";

    /// <summary>Where nightly Parquet backups go, one subfolder per run.</summary>
    [Required]
    public string BackupFolder { get; set; } = "backups";

    /// <summary>How many backups to keep; older ones are deleted after a successful backup.</summary>
    [Range(1, 365)]
    public int BackupKeep { get; set; } = 7;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TryZone(TimeZone, out _))
            yield return new ValidationResult($"Jobs:TimeZone '{TimeZone}' is not a known time zone (e.g. Europe/Moscow).");
        foreach (var (name, cron) in new[] { ("RemindersCron", RemindersCron), ("BackupCron", BackupCron), ("MonthlyReportsCron", MonthlyReportsCron), ("IndicatorsCron", IndicatorsCron), ("RetrainingCron", RetrainingCron), ("CasesCron", CasesCron), ("WebhooksCron", WebhooksCron), ("EmergingTopicsCron", EmergingTopicsCron) })
            if (string.IsNullOrWhiteSpace(cron) || cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
                yield return new ValidationResult($"Jobs:{name} '{cron}' is not a cron expression (five fields, e.g. 0 7 * * *).");
    }

    public TimeZoneInfo Zone() => TryZone(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A folder setting made absolute: relative paths sit beside the store file.</summary>
    public static string Resolve(string folder, string storePath) => Path.IsPathRooted(folder)
        ? folder
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", folder);

    private static bool TryZone(string id, out TimeZoneInfo zone)
    {
        try { zone = TimeZoneInfo.FindSystemTimeZoneById(id); return true; }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { zone = TimeZoneInfo.Utc; return false; }
    }
}
