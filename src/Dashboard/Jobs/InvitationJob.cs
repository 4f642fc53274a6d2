using Analytics.Engine.Invitations;
using Hangfire;

namespace Dashboard.Jobs;

/// <summary>
/// Every few minutes: plan new service events into the invitation outbox and send what is due. Retries come from two
/// places: a message that certainly did not leave is re-queued by the Engine with back-off; an exception (store
/// locked, crash) fails the job and Hangfire retries it — the outbox's unique key and claims make the rerun safe.
/// </summary>
public sealed class InvitationJob(InvitationService service, ILogger<InvitationJob> logger)
{
    [AutomaticRetry(Attempts = 3)]
    [Hangfire.JobDisplayName(JobNames.Invitations)]
    public async Task<InvitationRun> Run(CancellationToken cancellationToken)
    {
        var run = await service.Run(null, cancellationToken);
        logger.LogInformation("Invitations: {Eligible} eligible, {Sent} sent, {Suppressed} suppressed, {Failed} failed, {Retried} to retry",
            run.Eligible, run.Sent, run.Suppressed, run.Failed, run.Dispatch.Retried);
        foreach (var problem in run.Plan.Problems) logger.LogWarning("Invitations: {Problem}", problem);
        return run;
    }
}
