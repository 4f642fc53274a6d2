using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Compliance;

/// <summary>
/// An appeal with its norm due date (end of day), extension limit, state as of a day (<c>on_time</c>, <c>late</c>,
/// <c>overdue</c>, <c>due_soon</c>, <c>open</c>; null = not judged) and the register's own due date («срок по реестру»).
/// <see cref="RegisteredAt"/> is null when the register has no registration time.
/// </summary>
public sealed record AppealDeadline
{
    public string RegisterNo { get; init; } = "";
    public string OfficeCode { get; init; } = "";
    public string Channel { get; init; } = "";
    public string ConsumerType { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTime ReceivedAt { get; init; }
    public DateTime? RegisteredAt { get; init; }
    public DateOnly? DueDay { get; init; }
    public DateOnly? LimitDay { get; init; }
    public DateOnly? ExtendedDay { get; init; }
    public DateOnly? EffectiveDue { get; init; }
    public bool? ExtensionOk { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public bool? OnTime { get; init; }
    public string? State { get; init; }
    /// <summary>The register's own due date (extended_to, else due_at).</summary>
    public DateOnly? RegisterDue { get; init; }
    /// <summary>What the client left for the reply ("phone", "address"), recorded or read from the contacts.</summary>
    public string? Contact { get; init; }
    /// <summary>The norm applied is a company setting, not a seed clause.</summary>
    public bool? RuleIsSetting { get; init; }
    public string? ConsumerName { get; init; }
    public string? ConsumerPhone { get; init; }

    /// <summary>The register's date when it differs from the Standard's (shown as «срок по реестру»).</summary>
    public DateOnly? RegisterDueIfDifferent => RegisterDue is { } r && r != EffectiveDue ? r : null;
}

/// <summary>Waiting, reception and total time of an office's queue against the norms (means in minutes, shares 0…1).</summary>
public sealed record QueueCompliance(
    string OfficeCode, long Visits, double? MeanWaitMinutes, double? MeanReceptionMinutes, double? MeanTotalMinutes,
    double? WaitWithinNorm, double? ReceptionWithinNorm, double? TotalWithinNorm,
    bool? MeanWaitMeetsNorm, bool? MeanReceptionMeetsNorm, bool? MeanTotalMeetsNorm);

/// <summary>
/// A call centre's calls: offered, answered within the methodology's norm re-timed (<see cref="CallsAtNorm"/>; the
/// share is of the calls offered in rows comparable with the norm, <see cref="Comparable"/>, as the indicator counts
/// it), abandoned rate.
/// </summary>
public sealed record CallCompliance(string CenterCode, long Offered, long AnsweredWithinNorm, long Abandoned, double? AnsweredWithinNormShare, double? AbandonedRate)
{
    /// <summary>Calls offered in rows comparable with the norm (intervals at another threshold without a distribution are not).</summary>
    public long Comparable { get; init; }
}

/// <summary>
/// Service-norm compliance (F8): due dates from the methodology's norms (calendar or working days), one extension
/// within its limit, overdue and due-soon lists, queue and call times against norms. All norms come from the methodology.
/// </summary>
public sealed class NormComplianceService(AnalyticsStore store)
{
    private readonly MethodologyRepository _methodologies = new(store);

    /// <summary>
    /// Appeals by list: "overdue" (not answered past due), "due_soon" or "all" — <see cref="AppealDeadlines"/>' lists,
    /// as <paramref name="access"/> may see them (company-wide without personal data when not given).
    /// </summary>
    public IReadOnlyList<AppealDeadline> Appeals(string kind, DateOnly asOf, string? officeCode = null, string? methodologyId = null,
        Access.BranchScope? access = null)
    {
        if (kind is not ("overdue" or "due_soon" or "all")) throw new ArgumentException("kind is overdue, due_soon or all", nameof(kind));
        return new AppealDeadlines(store).List(kind, asOf, new AppealScope { Office = officeCode }, access ?? Access.BranchScope.Company,
            int.MaxValue, methodologyId);
    }

    public IReadOnlyList<AppealDeadline> Overdue(DateOnly asOf, string? officeCode = null, string? methodologyId = null, Access.BranchScope? access = null) =>
        Appeals("overdue", asOf, officeCode, methodologyId, access);

    public IReadOnlyList<AppealDeadline> DueSoon(DateOnly asOf, string? officeCode = null, string? methodologyId = null, Access.BranchScope? access = null) =>
        Appeals("due_soon", asOf, officeCode, methodologyId, access);

    /// <summary>Queue compliance per office for visits issued in [from, to).</summary>
    public IReadOnlyList<QueueCompliance> Queue(DateOnly from, DateOnly to, string? methodologyId = null)
    {
        var n = _methodologies.Get(methodologyId).Norms;
        using var connection = store.Open();
        // The mean is what 001 §2.1.5 judges; the per-visit shares are extra detail. One definition: QueueAtNorm.
        return connection.Query<(string Office, long Visits, double? W, double? R, double? T, double? Ws, double? Rs, double? Ts)>($"""
            SELECT office_code, count(*),
                   avg(wait_seconds) / 60, avg(reception_seconds) / 60, avg(total_seconds) / 60,
                   count_if(wait_in_norm) / nullif(count(wait_seconds), 0),
                   count_if(reception_in_norm) / nullif(count(reception_seconds), 0),
                   count_if(total_in_norm) / nullif(count(total_seconds), 0)
            FROM ({QueueAtNorm.Sql(from, to, n)}) GROUP BY office_code ORDER BY office_code
            """)
            .Select(x => new QueueCompliance(x.Office, x.Visits, x.W, x.R, x.T, x.Ws, x.Rs, x.Ts,
                x.W <= n.QueueWaitMinutes, x.R <= n.ReceptionMinutes, x.T <= n.TotalMinutes)).ToList();
    }

    /// <summary>Call compliance per centre in [from, to), from interval statistics and call records, re-timed to the norm.</summary>
    public IReadOnlyList<CallCompliance> Calls(DateOnly from, DateOnly to, string? methodologyId = null)
    {
        var n = _methodologies.Get(methodologyId).Norms;
        using var connection = store.Open();
        return connection.Query<(string C, long O, long A, long Ab, long K)>($"""
            SELECT center_code, sum(offered)::BIGINT, coalesce(sum(in_norm), 0)::BIGINT, sum(abandoned)::BIGINT,
                   coalesce(sum(offered) FILTER (WHERE in_norm IS NOT NULL), 0)::BIGINT
            FROM ({CallsAtNorm.Sql(from, to, n.CallAnswerSeconds)})
            GROUP BY center_code ORDER BY center_code
            """)
            .Select(x => new CallCompliance(x.C, x.O, x.A, x.Ab, x.K == 0 ? null : (double)x.A / x.K, x.O == 0 ? null : (double)x.Ab / x.O) { Comparable = x.K })
            .ToList();
    }
}
