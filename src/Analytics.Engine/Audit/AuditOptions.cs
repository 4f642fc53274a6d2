using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Audit;

/// <summary>Settings of the audit trail (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>How many years entries are kept; older ones are pruned behind an anchor entry (default 3).</summary>
    [Range(1, 100)]
    public int RetentionYears { get; set; } = 3;
}
