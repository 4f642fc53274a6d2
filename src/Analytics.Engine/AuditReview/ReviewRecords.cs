namespace Analytics.Engine.AuditReview;

/// <summary>
/// One checklist audit with its review state: times are UTC (show them with <c>DisplayTime</c>); <see cref="ResubmitBy"/>
/// is the UTC end of the resubmission window of a returned audit.
/// </summary>
public sealed record ReviewItem(
    string SubmissionId, string DefinitionId, string Form, string? OfficeCode, string? OfficeName, string? Auditor,
    DateTime SubmittedAt, double? Score, ReviewState State, string? Reviewer, DateTime? DecidedAt, string? Comment)
{
    public DateTime? ResubmitBy { get; init; }

    /// <summary>The auditor's ФИО (the login is <see cref="Auditor"/>); null when the login is not a user.</summary>
    public string? AuditorName { get; init; }
}

/// <summary>One row of an audit's review history (seq order).</summary>
public sealed record ReviewStep(int Seq, ReviewState State, string Reviewer, DateTime DecidedAt, string? Comment);

/// <summary>What the review queue lists: states (default: awaiting a reviewer), an office or branch, an auditor.</summary>
public sealed record ReviewFilter(IReadOnlyCollection<ReviewState>? States = null, string? Branch = null, string? Office = null,
    string? Auditor = null, int Take = 500);

/// <summary>A move the workflow does not allow (e.g. approving an approved audit, resubmitting after the window).</summary>
public sealed class ReviewMoveException(string message) : InvalidOperationException(message);
