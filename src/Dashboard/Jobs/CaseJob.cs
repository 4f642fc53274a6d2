using Analytics.Engine.Cases;
using Hangfire;

namespace Dashboard.Jobs;

/// <summary>
/// Every half hour (<c>Jobs:CasesCron</c>): open cases from new triggers, join repeats, escalate overdue cases (ADR
/// 0027). Idempotent — the Engine records each trigger once — so Hangfire's retry after a failure is safe.
/// </summary>
public sealed class CaseJob(CaseService service, ILogger<CaseJob> logger)
{
    [AutomaticRetry(Attempts = 3)]
    [Hangfire.JobDisplayName(JobNames.Cases)]
    public CaseRun Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var run = service.Run();
        logger.LogInformation("Cases: {Triggers} triggers, {Opened} opened, {Joined} joined, {Reopened} reopened, {Escalated} escalated",
            run.Triggers, run.Opened, run.Joined, run.Reopened, run.Escalated);
        return run;
    }
}
