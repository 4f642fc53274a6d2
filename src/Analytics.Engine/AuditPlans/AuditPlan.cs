namespace Analytics.Engine.AuditPlans;

/// <summary>How often a plan's audits fall due (codes: monthly, quarterly, per_quarter, wave).</summary>
public enum Recurrence { Monthly, Quarterly, PerQuarter, Wave }

/// <summary>
/// A planned audit series: office × checklist form × recurrence, active from <see cref="StartsOn"/> to
/// <see cref="EndsOn"/> (open-ended when null; a wave's one window). <see cref="Auditor"/> null = the pool of the
/// office's assigned auditors.
/// </summary>
public sealed record AuditPlan(
    long Id, string OfficeCode, string DefinitionId, Recurrence Recurrence, int PerQuarter, DateOnly StartsOn, DateOnly? EndsOn,
    string? Auditor, string? Note, DateTime CreatedAt, string CreatedBy);

/// <summary>A plan as created or edited (the id and authorship are the store's).</summary>
public sealed record AuditPlanInput(
    string OfficeCode, string DefinitionId, Recurrence Recurrence, DateOnly StartsOn, DateOnly? EndsOn = null,
    int PerQuarter = 1, string? Auditor = null, string? Note = null);

/// <summary>One due window of a plan: [From, To] inclusive, office-local dates.</summary>
public sealed record PlanWindow(DateOnly From, DateOnly To);

public static class RecurrenceCodes
{
    public static string ToCode(Recurrence r) => r switch
    {
        Recurrence.Monthly => "monthly",
        Recurrence.Quarterly => "quarterly",
        Recurrence.PerQuarter => "per_quarter",
        Recurrence.Wave => "wave",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static Recurrence Parse(string code) => code switch
    {
        "monthly" => Recurrence.Monthly,
        "quarterly" => Recurrence.Quarterly,
        "per_quarter" => Recurrence.PerQuarter,
        "wave" => Recurrence.Wave,
        _ => throw new FormatException($"Unknown recurrence '{code}': monthly, quarterly, per_quarter or wave."),
    };
}
