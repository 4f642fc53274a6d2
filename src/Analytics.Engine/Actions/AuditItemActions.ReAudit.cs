using Analytics.Engine.AuditReview;
using Dapper;

namespace Analytics.Engine.Actions;

/// <summary>What a re-audit did to the open actions of its office and checklist: verified, or left open with a note.</summary>
public sealed record ReAuditOutcome(IReadOnlyList<long> Verified, IReadOnlyList<long> StillOpen)
{
    public static readonly ReAuditOutcome None = new([], []);
}

// Re-audit verification (#16.5): a later audit of the same office and checklist that counts (approved; stored when
// review is off) settles the open audit_item actions of the earlier audits. Called by AuditReviewService on approval,
// and through Arrived by every path that stores an audit: FormService (runner sync, outbox import) and ImportService
// (`analytics import responses`, the upload page), so an imported audit follows the same review rule as a synced one.
public sealed partial class AuditItemActions
{
    private sealed record OpenItemAction(long Id, string Status, string Item, string Origin);

    /// <summary>
    /// For each open action (not verified or cancelled) of an earlier audit of this audit's office and checklist: the
    /// item passed now → the action is completed (when not done yet) and verified by re-audit with this submission as its
    /// reference; the item failed again → a done action is reopened, an open one stays open, and the history says so
    /// (once per re-audit). N/A or unanswered items change nothing. An audit that does not count yet changes nothing.
    /// </summary>
    public ReAuditOutcome VerifyByReAudit(string submissionId, string actor)
    {
        var audit = AuditFindings.Load(store, submissionId);
        if (audit?.OfficeCode is null || !Counts(submissionId)) return ReAuditOutcome.None;
        var (passed, failed) = audit.Outcomes();
        var (verified, stillOpen) = (new List<long>(), new List<long>());
        foreach (var a in OpenActions(audit))
        {
            var status = ActionWorkflow.ParseStatus(a.Status);
            if (passed.Contains(a.Item))
            {
                var note = $"Повторный аудит {submissionId}: пункт «{a.Item}» выполнен — подтверждено";
                if (status != ActionStatus.Done)
                    _actions.Move(a.Id, ActionStatus.Done, actor, $"Выполнено: пункт «{a.Item}» выполнен при повторном аудите {submissionId}");
                _actions.Verify(a.Id, VerificationKind.ReAudit, submissionId, passed: true, actor, note);
                verified.Add(a.Id);
            }
            else if (failed.Contains(a.Item))
            {
                var note = $"Повторный аудит {submissionId}: пункт «{a.Item}» снова не выполнен — мера остаётся открытой";
                if (status == ActionStatus.Done && !_actions.HasNote(a.Id, note))
                    _actions.Verify(a.Id, VerificationKind.ReAudit, submissionId, passed: false, actor, note);
                else
                    _actions.AddNoteOnce(a.Id, note, actor);
                stillOpen.Add(a.Id);
            }
        }
        return new ReAuditOutcome(verified, stillOpen);
    }

    /// <summary>
    /// An audit has just been stored (synced from the runner, imported from an outbox or audits file). With review off it
    /// counts from now, so it verifies at once; with review on nothing happens until approval (<see cref="AuditReview.AuditReviewService"/>).
    /// </summary>
    public ReAuditOutcome Arrived(string submissionId, string actor) =>
        _options.RequireReview ? ReAuditOutcome.None : VerifyByReAudit(submissionId, actor);

    /// <summary>Approved, or — when review is off — stored (every audit counts the moment it arrives).</summary>
    private bool Counts(string submissionId)
    {
        if (!_options.RequireReview) return true;
        using var c = store.Open();
        return c.ExecuteScalar<string?>("SELECT state FROM audit_review_current WHERE submission_id = $id", new { id = submissionId })
            == ReviewRules.ToCode(ReviewState.Approved);
    }

    /// <summary>Open audit_item actions of the office whose audit is an earlier one (by visit) of the same checklist.</summary>
    private List<OpenItemAction> OpenActions(AuditFindings audit)
    {
        using var c = store.Open();
        return [.. c.Query<OpenItemAction>("""
            SELECT a.id AS Id, a.status AS Status, substr(a.source_ref, length(s.id) + 2) AS Item, s.id AS Origin
            FROM corrective_action a
            JOIN submission s ON starts_with(a.source_ref, s.id || '/')
            WHERE a.source_kind = 'audit_item' AND a.status NOT IN ('verified', 'cancelled')
              AND a.office_code = $office AND s.office_code = $office AND s.definition_id = $form AND s.id <> $id
              AND coalesce(s.started_at, s.submitted_at) < $visit
            ORDER BY a.id
            """, new { office = audit.OfficeCode, form = audit.DefinitionId, id = audit.SubmissionId, visit = audit.VisitUtc })];
    }
}
