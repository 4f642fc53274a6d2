namespace Analytics.Engine.Actions;

/// <summary>
/// Where a non-conformity was found. <see cref="ClientCase"/> («обращение клиента», ADR 0027) is opened by the case
/// rules (<c>Analytics.Engine.Cases</c>), never by hand.
/// </summary>
public enum ActionSource { AuditItem, Indicator, Complaint, Other, ClientCase }

/// <summary>
/// Workflow states: Open → InProgress → Done → Verified; Done or Verified may be Reopened (a failed verification or
/// a repeat complaint) and go round again; Open/InProgress/Reopened may be Cancelled with a reason.
/// </summary>
public enum ActionStatus { Open, InProgress, Done, Verified, Reopened, Cancelled }

/// <summary>How completion is checked: a control call to the consumer or a repeat audit.</summary>
public enum VerificationKind { ControlCall, ReAudit }

/// <summary>A corrective action as stored.</summary>
public sealed record CorrectiveAction(
    long Id,
    ActionSource Source,
    string SourceRef,
    string Title,
    string? Description,
    string? OfficeCode,
    string? BranchCode,
    string Owner,
    DateOnly DueOn,
    ActionStatus Status,
    VerificationKind? Verification,
    string? VerificationRef,
    DateOnly? VerifiedOn,
    string? Evidence,
    DateTime CreatedAt,
    string CreatedBy,
    DateOnly? CompletedOn)
{
    /// <summary>Open work whose due date has passed on <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) =>
        Status is ActionStatus.Open or ActionStatus.InProgress or ActionStatus.Reopened && DueOn < today;
}

/// <summary>One step of an action's history.</summary>
public sealed record ActionEvent(long ActionId, int Seq, DateTime At, string Actor, ActionStatus? From, ActionStatus To, string? Note);

/// <summary>What is needed to open an action.</summary>
public sealed record NewCorrectiveAction(
    ActionSource Source,
    string SourceRef,
    string Title,
    string Owner,
    DateOnly DueOn,
    string? Description = null,
    string? OfficeCode = null,
    string? BranchCode = null,
    VerificationKind? Verification = null);

/// <summary>Filters for listing actions; null means any.</summary>
public sealed record ActionFilter(
    string? BranchCode = null,
    string? OfficeCode = null,
    ActionStatus? Status = null,
    bool OverdueOnly = false,
    DateOnly? Today = null,
    int? Year = null,
    ActionSource? Source = null);
