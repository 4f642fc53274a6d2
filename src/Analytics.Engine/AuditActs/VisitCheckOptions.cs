namespace Analytics.Engine.AuditActs;

/// <summary>Settings of the proof-of-visit checks (section <c>ProofOfVisit</c>, ADR 0023).</summary>
public sealed class VisitCheckOptions
{
    public const string SectionName = "ProofOfVisit";

    /// <summary>An audit recorded farther than this from its office's coordinates is flagged.</summary>
    public double MaxDistanceMeters { get; set; } = 500;

    /// <summary>
    /// Fewer seconds per answered item than this (from start to finish of the audit) is flagged as impossible timing:
    /// at the default of 6 a 40-item checklist needs at least 4 minutes.
    /// </summary>
    public double MinSecondsPerItem { get; set; } = 6;
}
