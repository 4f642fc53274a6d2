using Analytics.Engine.Webhooks;
using Hangfire;

namespace Dashboard.Jobs;

/// <summary>
/// Every minute: fan new events out to subscribers, send the deliveries that are due and prune the log past
/// <c>Webhooks:DeliveryRetentionDays</c>. A failed POST is re-queued by
/// the Engine with back-off; an exception (store locked) fails the job and Hangfire retries it — claims make it safe.
/// </summary>
public sealed class WebhookJob(WebhookService service, ILogger<WebhookJob> logger)
{
    // No Hangfire retries: the next minute's run is the retry, and a pile-up of retried runs helps nobody.
    [AutomaticRetry(Attempts = 0)]
    [Hangfire.JobDisplayName(JobNames.Webhooks)]
    public async Task<WebhookRun> Run(CancellationToken cancellationToken)
    {
        var run = await service.Run(null, cancellationToken);
        if (run.Attempts > 0)
            logger.LogInformation("Webhooks: {Attempts} attempts, {Delivered} delivered, {Retried} to retry, {Failed} failed, {Paused} subscribers paused",
                run.Attempts, run.Delivered, run.Retried, run.Failed, run.Paused);
        if (run.Pruned > 0)
            logger.LogInformation("Webhooks: {Pruned} finished deliveries past the retention removed from the log", run.Pruned);
        return run;
    }
}
