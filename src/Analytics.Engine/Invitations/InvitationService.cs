using Analytics.Engine.Delivery;
using Analytics.Engine.Store;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Invitations;

/// <summary>One run: the CLI's JSON (<c>eligible</c>, <c>sent</c>, <c>suppressed</c>, <c>failed</c>) and the detail behind it.</summary>
public sealed record InvitationRun(int Eligible, int Sent, int Suppressed, int Failed, DispatchResult Dispatch, PlanResult Plan);

/// <summary>
/// Plans new events into the outbox, then sends what is due — the Hangfire job and <c>analytics invitations run</c>
/// both call <see cref="Run"/>. Safe to run at any frequency and concurrently with itself (unique outbox key,
/// conditional claims).
/// </summary>
public sealed class InvitationService(AnalyticsStore store, IOptions<InvitationOptions> options, IEmailSender email,
    ISmsGateway sms, TimeProvider clock)
{
    public async Task<InvitationRun> Run(DateTime? asOfUtc = null, CancellationToken cancellationToken = default)
    {
        var now = asOfUtc ?? clock.GetUtcNow().UtcDateTime;
        var o = options.Value;
        var zones = new OfficeZones(store, o.DefaultTimeZone);
        var plan = new InvitationPlanner(store, o, zones).Plan(now, new InvitationRules(store).All());
        var dispatch = await new InvitationDispatcher(store, o, zones, email, sms).Dispatch(now, cancellationToken);
        return new InvitationRun(plan.Eligible, dispatch.Sent, plan.Suppressed, dispatch.Failed, dispatch, plan);
    }
}
