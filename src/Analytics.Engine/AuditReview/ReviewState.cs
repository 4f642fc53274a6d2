namespace Analytics.Engine.AuditReview;

/// <summary>Where a checklist audit stands in review; stored as the codes in <see cref="ReviewRules"/>.</summary>
public enum ReviewState { Submitted, Returned, Resubmitted, Approved, Rejected }

/// <summary>
/// The one home of the review rule (ADR 0022): the state codes, which moves are allowed, and the SQL predicates
/// "is a checklist audit" and "counts in results" that the indicator and report queries use.
/// </summary>
public static class ReviewRules
{
    /// <summary>A submission is an audit when it came from the runner or its form is a checklist (client questionnaires are not).</summary>
    public const string IsAuditSql = "(s.source = 'checklist' OR s.definition_id IN (SELECT id FROM form_definition WHERE kind = 'checklist'))";

    /// <summary>An audit counts once its latest review row says approved.</summary>
    public const string ApprovedSql = "s.id IN (SELECT submission_id FROM audit_review_current WHERE state = 'approved')";

    public static string ToCode(ReviewState s) => s switch
    {
        ReviewState.Submitted => "submitted",
        ReviewState.Returned => "returned",
        ReviewState.Resubmitted => "resubmitted",
        ReviewState.Approved => "approved",
        ReviewState.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static ReviewState Parse(string? code) => code switch
    {
        null or "" or "submitted" => ReviewState.Submitted,
        "returned" => ReviewState.Returned,
        "resubmitted" => ReviewState.Resubmitted,
        "approved" => ReviewState.Approved,
        "rejected" => ReviewState.Rejected,
        _ => throw new FormatException($"Unknown audit review state '{code}'."),
    };

    /// <summary>Awaiting a reviewer's decision (the review queue).</summary>
    public static bool AwaitsReviewer(ReviewState s) => s is ReviewState.Submitted or ReviewState.Resubmitted;

    /// <summary>
    /// Allowed moves: a reviewer decides on an audit awaiting review (approve, return, reject); the auditor resubmits
    /// a returned one. Approved and rejected are final: a wrong approval is corrected by a new audit, not an edit.
    /// </summary>
    public static bool CanMove(ReviewState from, ReviewState to) => (from, to) switch
    {
        (ReviewState.Submitted or ReviewState.Resubmitted, ReviewState.Approved or ReviewState.Returned or ReviewState.Rejected) => true,
        (ReviewState.Returned, ReviewState.Resubmitted) => true,
        _ => false,
    };

    /// <summary>The audit-trail action of a move.</summary>
    public static string Action(ReviewState to) => to switch
    {
        ReviewState.Approved => "approve",
        ReviewState.Returned => "return",
        ReviewState.Rejected => "reject",
        ReviewState.Resubmitted => "resubmit",
        _ => "status",
    };
}
