using System.ComponentModel.DataAnnotations;

namespace Analytics.Engine.Cases;

/// <summary>
/// The case rules' company settings (section <c>Cases</c>, ADR 0027): what counts as a detractor, how many working
/// days of the production calendar each trigger gives its owner, how far back a run looks. Owners per office, branch
/// and company are data an administrator edits (<see cref="CaseOwners"/>), not settings.
/// </summary>
public sealed class CaseOptions
{
    public const string SectionName = "Cases";

    /// <summary>An NPS answer (0–10) at or below this is a detractor (the NPS definition: 0–6).</summary>
    [Range(0, 10)]
    public int NpsDetractorMax { get; set; } = 6;

    /// <summary>A CSAT answer (a 1–5 rating) at or below this is a detractor.</summary>
    [Range(1, 5)]
    public int CsatDetractorMax { get; set; } = 2;

    /// <summary>
    /// A detractor is a client telling the company its service failed — a complaint in substance — so by default its
    /// case closes only with a control call, like a complaint's.
    /// </summary>
    public bool DetractorNeedsControlCall { get; set; } = true;

    [Range(1, 60)] public int DetractorDueWorkingDays { get; set; } = 3;
    [Range(1, 60)] public int ComplaintDueWorkingDays { get; set; } = 5;
    [Range(1, 60)] public int CriticalItemDueWorkingDays { get; set; } = 5;
    [Range(1, 60)] public int OverdueAppealDueWorkingDays { get; set; } = 2;

    /// <summary>Working days the next level gets when an overdue case is escalated to it.</summary>
    [Range(1, 60)] public int EscalationDueWorkingDays { get; set; } = 2;

    /// <summary>
    /// How far back (calendar days) a run looks for responses, classified complaints, audits and newly overdue
    /// appeals. Runs are idempotent, so the window only bounds the work; it must exceed the gap between runs.
    /// </summary>
    [Range(1, 366)] public int LookbackDays { get; set; } = 30;

    /// <summary>The owner (a login) when neither the office, its branch nor the company has one in <c>case_owner</c>.</summary>
    [Required] public string DefaultOwner { get; set; } = "admin";

    /// <summary>Due working days for a trigger code.</summary>
    public int DueWorkingDays(string trigger) => trigger switch
    {
        CaseTriggers.Detractor => DetractorDueWorkingDays,
        CaseTriggers.PoorQualityComplaint => ComplaintDueWorkingDays,
        CaseTriggers.CriticalAuditItem => CriticalItemDueWorkingDays,
        CaseTriggers.AppealOverdue => OverdueAppealDueWorkingDays,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown case trigger."),
    };
}
