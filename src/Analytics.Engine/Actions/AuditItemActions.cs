using Analytics.Engine.AuditReview;
using Analytics.Engine.Store;

namespace Analytics.Engine.Actions;

/// <summary>The action of one failed item and whether this call opened it (false: it was already open for the item).</summary>
public sealed record AuditItemAction(string ItemCode, CorrectiveAction Action, bool Opened);

/// <summary>
/// Failed audit items → corrective actions (#16.5, ADR 0022): the one place that opens an action for a failed item of a
/// checklist audit — source <c>audit_item</c>, reference submission/item, the audit's office and branch, the finding
/// (requirement, clause, note, photo references) in the description, verification by re-audit, due on the visit day +
/// <see cref="AuditsOptions.ActionDueDays"/> — and verifies those actions when a later audit of the office passes the
/// item (<see cref="VerifyByReAudit"/>). The dashboard, the API and the CLI all call it.
/// </summary>
public sealed partial class AuditItemActions(AnalyticsStore store, AuditsOptions? options = null, TimeProvider? clock = null)
{
    private readonly AuditsOptions _options = options ?? new AuditsOptions();
    private readonly CorrectiveActionService _actions = new(store, clock);

    /// <summary>The failed items of an audit with their prefill; empty when none failed. Unknown id → KeyNotFoundException.</summary>
    public IReadOnlyList<FailedAuditItem> Failed(string submissionId) => Load(submissionId).Failed(store);

    /// <summary>The due date an action for an item of this audit gets: the visit day + <see cref="AuditsOptions.ActionDueDays"/>.</summary>
    public DateOnly DueOn(FailedAuditItem item) => item.VisitDate.AddDays(_options.ActionDueDays);

    /// <summary>
    /// Opens the action for one failed item, or returns the one already opened for it (same submission/item). The title
    /// and due date may be overridden by the person opening it (the page's editor); otherwise they are the prefill.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The audit is unknown.</exception>
    /// <exception cref="InvalidOperationException">The item did not fail in this audit.</exception>
    public AuditItemAction Open(string submissionId, string itemCode, string owner, string actor, string? title = null, DateOnly? dueOn = null)
    {
        var item = Failed(submissionId).FirstOrDefault(i => i.ItemCode == itemCode)
            ?? throw new InvalidOperationException($"Пункт «{itemCode}» не нарушен в проверке {submissionId}: мера не открывается.");
        return Open(item, owner, actor, title, dueOn);
    }

    /// <summary>Opens (or finds) the action of every failed item of the audit, in form order, with the prefill.</summary>
    public IReadOnlyList<AuditItemAction> OpenAll(string submissionId, string owner, string actor) =>
        [.. Failed(submissionId).Select(item => Open(item, owner, actor))];

    /// <summary>
    /// The actions already opened for failed items, by reference (submission/item) → action id, within a branch (null:
    /// every branch), so a list of failed items offers "open" only where no action exists and a link to it elsewhere.
    /// </summary>
    public IReadOnlyDictionary<string, long> Opened(string? branchCode)
    {
        var opened = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var action in _actions.List(new ActionFilter(BranchCode: branchCode, Source: ActionSource.AuditItem)))
            opened.TryAdd(action.SourceRef, action.Id);
        return opened;
    }

    private AuditItemAction Open(FailedAuditItem item, string owner, string actor, string? title = null, DateOnly? dueOn = null)
    {
        if (_actions.FindBySource(ActionSource.AuditItem, item.Reference) is { } existing)
            return new AuditItemAction(item.ItemCode, existing, Opened: false);
        var draft = ActionDrafts.ForFailedItem(item);
        var action = _actions.Open(new NewCorrectiveAction(ActionSource.AuditItem, item.Reference,
            string.IsNullOrWhiteSpace(title) ? draft.Title : title.Trim(), owner, dueOn ?? DueOn(item), draft.Description,
            OfficeCode: item.OfficeCode, BranchCode: item.BranchCode, Verification: VerificationKind.ReAudit), actor);
        return new AuditItemAction(item.ItemCode, action, Opened: true);
    }

    private AuditFindings Load(string submissionId) =>
        AuditFindings.Load(store, submissionId) ?? throw new KeyNotFoundException($"No checklist audit {submissionId}.");
}
