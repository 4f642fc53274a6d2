namespace Analytics.Engine.Actions;

/// <summary>The allowed status transitions of a corrective action, in one place.</summary>
public static class ActionWorkflow
{
    private static readonly Dictionary<ActionStatus, ActionStatus[]> Allowed = new()
    {
        [ActionStatus.Open] = [ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Cancelled],
        [ActionStatus.InProgress] = [ActionStatus.Done, ActionStatus.Cancelled],
        [ActionStatus.Done] = [ActionStatus.Verified, ActionStatus.Reopened],
        [ActionStatus.Verified] = [ActionStatus.Reopened],
        [ActionStatus.Reopened] = [ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Cancelled],
        [ActionStatus.Cancelled] = [],
    };

    public static bool CanMove(ActionStatus from, ActionStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ActionStatus> Next(ActionStatus from) => Allowed[from];

    /// <summary>Throws when the move is not allowed, naming both states.</summary>
    public static void EnsureCanMove(ActionStatus from, ActionStatus to)
    {
        if (!CanMove(from, to))
            throw new InvalidOperationException(
                $"A corrective action cannot move from '{ToCode(from)}' to '{ToCode(to)}'. Allowed: " +
                (Allowed[from].Length == 0 ? "none (final state)" : string.Join(", ", Allowed[from].Select(ToCode))) + ".");
    }

    public static string ToCode(ActionStatus status) => status switch
    {
        ActionStatus.Open => "open",
        ActionStatus.InProgress => "in_progress",
        ActionStatus.Done => "done",
        ActionStatus.Verified => "verified",
        ActionStatus.Reopened => "reopened",
        ActionStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ActionStatus ParseStatus(string code) => code switch
    {
        "open" => ActionStatus.Open,
        "in_progress" => ActionStatus.InProgress,
        "done" => ActionStatus.Done,
        "verified" => ActionStatus.Verified,
        "reopened" => ActionStatus.Reopened,
        "cancelled" => ActionStatus.Cancelled,
        _ => throw new FormatException($"Unknown corrective-action status '{code}'."),
    };

    public static string ToCode(ActionSource source) => source switch
    {
        ActionSource.AuditItem => "audit_item",
        ActionSource.Indicator => "indicator",
        ActionSource.Complaint => "complaint",
        ActionSource.ClientCase => "client_case",
        _ => "other",
    };

    public static ActionSource ParseSource(string code) => code switch
    {
        "audit_item" => ActionSource.AuditItem,
        "indicator" => ActionSource.Indicator,
        "complaint" => ActionSource.Complaint,
        "client_case" => ActionSource.ClientCase,
        _ => ActionSource.Other,
    };

    public static string ToCode(VerificationKind kind) => kind == VerificationKind.ControlCall ? "control_call" : "re_audit";

    public static VerificationKind? ParseVerification(string? code) => code switch
    {
        null => null,
        "control_call" => VerificationKind.ControlCall,
        "re_audit" => VerificationKind.ReAudit,
        _ => throw new FormatException($"Unknown verification kind '{code}'."),
    };
}
