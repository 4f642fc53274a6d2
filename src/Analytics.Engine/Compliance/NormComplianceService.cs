using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Compliance;

/// <summary>An appeal with its norm due date (end of day), extension limit and on-time flag (null while open and not due).</summary>
public sealed record AppealDeadline
{
    public string RegisterNo { get; init; } = "";
    public string OfficeCode { get; init; } = "";
    public string Channel { get; init; } = "";
    public string ConsumerType { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTime RegisteredAt { get; init; }
    public DateOnly? DueDay { get; init; }
    public DateOnly? LimitDay { get; init; }
    public DateOnly? ExtendedDay { get; init; }
    public DateOnly? EffectiveDue { get; init; }
    public bool? ExtensionOk { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public bool? OnTime { get; init; }
}

/// <summary>Waiting, reception and total time of an office's queue against the norms (means in minutes, shares 0…1).</summary>
public sealed record QueueCompliance(
    string OfficeCode, long Visits, double? MeanWaitMinutes, double? MeanReceptionMinutes, double? MeanTotalMinutes,
    double? WaitWithinNorm, double? ReceptionWithinNorm, double? TotalWithinNorm,
    bool? MeanWaitMeetsNorm, bool? MeanReceptionMeetsNorm, bool? MeanTotalMeetsNorm);

/// <summary>A call centre's calls: offered, answered within the norm (share of offered), abandoned rate.</summary>
public sealed record CallCompliance(string CenterCode, long Offered, long AnsweredWithinNorm, long Abandoned, double? AnsweredWithinNormShare, double? AbandonedRate);

/// <summary>
/// Service-norm compliance (F8): due dates from the methodology's norms (calendar or working days), one extension
/// within its limit, overdue and due-soon lists, queue and call times against norms. All norms come from the methodology.
/// </summary>
public sealed class NormComplianceService(AnalyticsStore store)
{
    private readonly MethodologyRepository _methodologies = new(store);

    /// <summary>Appeals by list: "overdue", "due_soon" (within the norm's due-soon working days of asOf) or "all".</summary>
    public IReadOnlyList<AppealDeadline> Appeals(string kind, DateOnly asOf, string? officeCode = null, string? methodologyId = null)
    {
        if (kind is not ("overdue" or "due_soon" or "all")) throw new ArgumentException("kind is overdue, due_soon or all", nameof(kind));
        var m = _methodologies.Get(methodologyId);
        CalendarDayTable.EnsureFilled(store);
        using var connection = store.Open();
        AppealRules.Prepare(connection, m.Norms, asOf);
        return connection.Query<AppealDeadline>(SqlResource.Load("Compliance.DueList.sql"), new
        {
            kind, asof = asOf.ToDateTime(TimeOnly.MinValue), soon = m.Norms.DueSoonWorkingDays, office = officeCode,
        }).ToList();
    }

    public IReadOnlyList<AppealDeadline> Overdue(DateOnly asOf, string? officeCode = null, string? methodologyId = null) =>
        Appeals("overdue", asOf, officeCode, methodologyId);

    public IReadOnlyList<AppealDeadline> DueSoon(DateOnly asOf, string? officeCode = null, string? methodologyId = null) =>
        Appeals("due_soon", asOf, officeCode, methodologyId);

    /// <summary>Queue compliance per office for visits issued in [from, to).</summary>
    public IReadOnlyList<QueueCompliance> Queue(DateOnly from, DateOnly to, string? methodologyId = null)
    {
        var n = _methodologies.Get(methodologyId).Norms;
        using var connection = store.Open();
        return connection.Query<(string Office, long Visits, double? W, double? R, double? T, double? Ws, double? Rs, double? Ts)>("""
            SELECT office_code, count(*),
                   avg(epoch(called_at - issued_at)) / 60, avg(epoch(finished_at - called_at)) / 60, avg(epoch(finished_at - issued_at)) / 60,
                   count_if(epoch(called_at - issued_at) <= $w) / nullif(count(called_at), 0),
                   count_if(epoch(finished_at - called_at) <= $r) / nullif(count(finished_at - called_at), 0),
                   count_if(epoch(finished_at - issued_at) <= $t) / nullif(count(finished_at), 0)
            FROM queue_visit WHERE issued_at >= $from AND issued_at < $to GROUP BY office_code ORDER BY office_code
            """, new { w = n.QueueWaitMinutes * 60, r = n.ReceptionMinutes * 60, t = n.TotalMinutes * 60,
                       from = from.ToDateTime(TimeOnly.MinValue), to = to.ToDateTime(TimeOnly.MinValue) })
            .Select(x => new QueueCompliance(x.Office, x.Visits, x.W, x.R, x.T, x.Ws, x.Rs, x.Ts,
                x.W <= n.QueueWaitMinutes, x.R <= n.ReceptionMinutes, x.T <= n.TotalMinutes)).ToList();
    }

    /// <summary>Call compliance per centre in [from, to), from interval statistics and call records together.</summary>
    public IReadOnlyList<CallCompliance> Calls(DateOnly from, DateOnly to, string? methodologyId = null)
    {
        var n = _methodologies.Get(methodologyId).Norms;
        using var connection = store.Open();
        return connection.Query<(string C, long O, long A, long Ab)>("""
            SELECT center_code, sum(offered)::BIGINT, sum(in_norm)::BIGINT, sum(abandoned)::BIGINT FROM (
                SELECT center_code, offered, coalesce(answered_in_norm, 0) AS in_norm, abandoned
                FROM call_interval WHERE interval_start >= $from AND interval_start < $to
                UNION ALL
                SELECT center_code, 1, CASE WHEN answered AND wait_seconds <= $s THEN 1 ELSE 0 END, CASE WHEN answered THEN 0 ELSE 1 END
                FROM call_record WHERE started_at >= $from AND started_at < $to)
            GROUP BY center_code ORDER BY center_code
            """, new { s = n.CallAnswerSeconds, from = from.ToDateTime(TimeOnly.MinValue), to = to.ToDateTime(TimeOnly.MinValue) })
            .Select(x => new CallCompliance(x.C, x.O, x.A, x.Ab, x.O == 0 ? null : (double)x.A / x.O, x.O == 0 ? null : (double)x.Ab / x.O))
            .ToList();
    }
}
