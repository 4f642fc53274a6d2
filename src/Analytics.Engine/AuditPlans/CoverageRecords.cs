namespace Analytics.Engine.AuditPlans;

/// <summary>What became of one due window (codes done, late, missed, open, upcoming).</summary>
public enum CoverageState { Done, Late, Missed, Open, Upcoming }

public static class CoverageStates
{
    /// <summary>The code the Vocabulary labels (<c>Vocab.AuditCoverageState</c>).</summary>
    public static string ToCode(CoverageState s) => s switch
    {
        CoverageState.Done => "done", CoverageState.Late => "late", CoverageState.Missed => "missed", CoverageState.Open => "open", _ => "upcoming",
    };
}

/// <summary>
/// One planned audit (a plan's window) and the approved audit that fulfilled it, if any; <see cref="OnReview"/> is an
/// audit of that window still awaiting review (it does not count yet).
/// </summary>
public sealed record Occurrence(long PlanId, string OfficeCode, string DefinitionId, string Form, string? Auditor, PlanWindow Window,
    CoverageState State, string? SubmissionId, DateOnly? VisitedOn, string? OnReview);

/// <summary>An office's occurrences in the period with their counts.</summary>
public sealed record OfficeCoverage(string OfficeCode, string OfficeName, string? BranchCode, IReadOnlyList<Occurrence> Occurrences)
{
    public int Planned => Occurrences.Count;
    public int Done => Count(CoverageState.Done);
    public int Late => Count(CoverageState.Late);
    public int Missed => Count(CoverageState.Missed);
    public int Open => Count(CoverageState.Open) + Count(CoverageState.Upcoming);

    /// <summary>The office was audited in the period: at least one planned audit done, in time or late.</summary>
    public bool Audited => Done + Late > 0;

    private int Count(CoverageState s) => Occurrences.Count(o => o.State == s);
}

/// <summary>
/// Coverage of a period [From, To] as of <see cref="AsOf"/>: occurrences whose window ends in the period, per office.
/// <see cref="OfficeShare"/> — offices audited / offices with a planned audit — is the figure the Declaration prints.
/// </summary>
public sealed record CoverageReport(DateOnly From, DateOnly To, DateOnly AsOf, IReadOnlyList<OfficeCoverage> Offices)
{
    public int Planned => Offices.Sum(o => o.Planned);
    public int Done => Offices.Sum(o => o.Done);
    public int Late => Offices.Sum(o => o.Late);
    public int Missed => Offices.Sum(o => o.Missed);
    public int Open => Offices.Sum(o => o.Open);
    public int OfficesAudited => Offices.Count(o => o.Audited);
    public double? OfficeShare => Offices.Count == 0 ? null : (double)OfficesAudited / Offices.Count;
}
