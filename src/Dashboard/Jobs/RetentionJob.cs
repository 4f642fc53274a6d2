using Analytics.Engine.Privacy.Erasure;

namespace Dashboard.Jobs;

/// <summary>
/// Nightly (Retention:Cron, 04:00 after the backup): pseudonymises personal data past its retention period — the
/// Engine's <see cref="RetentionSweep"/>, which records its counts in the audit trail (ADR 0021) and holds the erasure fence
/// while it changes rows, so a background export running meanwhile reads again rather than publish swept values (ADR 0031).
/// </summary>
public sealed class RetentionJob(RetentionSweep sweep, ILogger<RetentionJob> logger)
{
    [Hangfire.JobDisplayName(JobNames.Retention)]
    public Task<RetentionResult> Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = sweep.Run();
        if (result.Total > 0) logger.LogInformation("Retention: {Rows} personal values past retention pseudonymised ({Result})", result.Total, result);
        return Task.FromResult(result);
    }
}
