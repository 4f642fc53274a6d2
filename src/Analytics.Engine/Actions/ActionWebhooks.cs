using System.Data;
using Analytics.Engine.Webhooks;

namespace Analytics.Engine.Actions;

/// <summary>
/// Which moves of a corrective action (every kind, the auto-opened cases included) are webhook events: opened and
/// reopened → <c>case.opened</c>; verified and cancelled (no work expected any more) → <c>case.closed</c>. Written in
/// the transaction of the move (ADR 0028).
/// </summary>
internal static class ActionWebhooks
{
    public static void Publish(IDbConnection connection, IDbTransaction tx, ActionStatus? from, CorrectiveAction action, DateTime nowUtc)
    {
        var type = action.Status switch
        {
            ActionStatus.Open when from is null => WebhookEvents.CaseOpened,
            ActionStatus.Reopened => WebhookEvents.CaseOpened,
            ActionStatus.Verified or ActionStatus.Cancelled => WebhookEvents.CaseClosed,
            _ => null,
        };
        if (type is null) return;
        // No owner, description or evidence: a receiver learns that and where, and fetches details it is entitled to.
        WebhookOutbox.Publish(connection, tx, type, new
        {
            action = action.Id,
            source = ActionWorkflow.ToCode(action.Source),
            sourceRef = action.SourceRef,
            title = action.Title,
            status = ActionWorkflow.ToCode(action.Status),
            previousStatus = from is { } f ? ActionWorkflow.ToCode(f) : null,
            office = action.OfficeCode,
            branch = action.BranchCode,
            dueOn = action.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, nowUtc);
    }
}
