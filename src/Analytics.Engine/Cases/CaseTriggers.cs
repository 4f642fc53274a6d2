namespace Analytics.Engine.Cases;

/// <summary>The codes of the four case triggers (labels in the Vocabulary, <c>Vocab.CaseTrigger</c>).</summary>
public static class CaseTriggers
{
    public const string Detractor = "detractor";
    public const string PoorQualityComplaint = "poor_quality_complaint";
    public const string CriticalAuditItem = "critical_audit_item";
    public const string AppealOverdue = "appeal_overdue";

    public static readonly IReadOnlyList<string> All = [Detractor, PoorQualityComplaint, CriticalAuditItem, AppealOverdue];

    /// <summary>Case states a list can be asked for.</summary>
    public static readonly IReadOnlyList<string> States = ["open", "overdue", "closed"];

    /// <summary>Outcome codes a case can be closed with (labels: <c>Vocab.CaseOutcome</c>).</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["resolved", "explained", "recalculated", "not_confirmed", "no_contact"];
}
