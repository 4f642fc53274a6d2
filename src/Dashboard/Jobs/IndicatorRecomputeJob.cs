using Analytics.Engine.Indicators;

namespace Dashboard.Jobs;

/// <summary>
/// Nightly: incremental indicator refresh. The engine compares each month's input fingerprint with the last run and
/// recomputes only months whose data changed (late imports, corrected registers), so a night with no new data costs
/// a fingerprint scan. Idempotent by construction: a second run finds nothing changed.
/// </summary>
public sealed class IndicatorRecomputeJob(IndicatorService indicators, ILogger<IndicatorRecomputeJob> logger)
{
    [Hangfire.JobDisplayName(JobNames.IndicatorRecompute)]
    public Task<RefreshReport> Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var report = indicators.Refresh();
        logger.LogInformation("Indicators {Methodology} v{Version}: {Months} months recomputed in {Elapsed}",
            report.MethodologyId, report.MethodologyVersion, report.Months.Count, report.Elapsed);
        return Task.FromResult(report);
    }
}
