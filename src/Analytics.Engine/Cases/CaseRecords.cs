using Analytics.Engine.Actions;

namespace Analytics.Engine.Cases;

/// <summary>
/// A trigger found by a run: which rule fired (<see cref="CaseTriggers"/>), on what source (a response, an appeal, an
/// audit item), the event and client it concerns (<see cref="EventKind"/>:<see cref="EventRef"/>), the office, a short
/// non-personal detail ("NPS 3"), and whether it is a complaint (the case then closes only with a control call).
/// </summary>
internal sealed record CaseTrigger(string Trigger, string SourceRef, string EventKind, string EventRef, string? OfficeCode,
    string Detail, bool Complaint)
{
    /// <summary>The case key: the client-and-event key stored as the corrective action's source reference.</summary>
    public string CaseKey => EventKind + ":" + EventRef;
}

/// <summary>What one run did.</summary>
public sealed record CaseRun(int Triggers, int Opened, int Joined, int Reopened, int Escalated);

/// <summary>A case as lists, the CLI and pages show it. <see cref="State"/>: open, overdue or closed.</summary>
public sealed record CaseItem(long Id, string Trigger, IReadOnlyList<string> Triggers, string EventKind, string EventRef,
    string? OfficeCode, string? BranchCode, string Owner, DateOnly DueOn, ActionStatus Status, string State,
    int EscalationLevel, bool NeedsControlCall, string? Outcome, string Title);

/// <summary>The result of a control call made before closing a complaint case.</summary>
public sealed record ControlCallResult(string Reference, bool Satisfied);

/// <summary>Filters for <see cref="CaseService.List"/>; null means any.</summary>
public sealed record CaseFilter(string? State = null, string? BranchCode = null);
