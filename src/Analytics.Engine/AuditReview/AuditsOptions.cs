using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.AuditReview;

/// <summary>Settings of audit operations (section <c>Audits</c>, ADR 0022).</summary>
public sealed class AuditsOptions
{
    public const string SectionName = "Audits";

    /// <summary>
    /// Only approved checklist audits feed indicators, benchmarks and the Declaration (default). False counts every
    /// audit the moment it arrives, as before review existed.
    /// </summary>
    public bool RequireReview { get; set; } = true;

    /// <summary>Days an auditor has to resubmit an audit returned for revision (counted from the return).</summary>
    [Range(1, 365)]
    public int ResubmitDays { get; set; } = 14;

    /// <summary>Days from opening a corrective action for a failed item to its due date.</summary>
    [Range(1, 365)]
    public int ActionDueDays { get; set; } = 30;
}
