using Analytics.Engine.Audit;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Nightly: removes audit entries older than <c>Audit:RetentionYears</c> (default 3) behind a prune anchor, so
/// <c>analytics audit verify</c> still checks the rest of the chain (ADR 0017). The same Engine call as <c>analytics audit prune</c>.
/// </summary>
public sealed class AuditPruneJob(AuditTrail trail, IOptions<AuditOptions> options, ILogger<AuditPruneJob> logger)
{
    [Hangfire.JobDisplayName(JobNames.AuditPrune)]
    public Task<long> Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var removed = trail.Prune(options.Value.RetentionYears);
        if (removed > 0) logger.LogInformation("Audit trail pruned: {Removed} entries older than {Years} years", removed, options.Value.RetentionYears);
        return Task.FromResult(removed);
    }
}
