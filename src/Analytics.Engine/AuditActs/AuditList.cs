using Analytics.Engine.Store;
using Analytics.Engine.Time;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.AuditActs;

/// <summary>One audit on the audits page: when, where, who, its score, the review state and the proof-of-visit report.</summary>
public sealed record AuditListRow(string SubmissionId, DateTime? FinishedLocal, string? OfficeCode, string OfficeName, string Auditor,
    double? Score, string ReviewState, VisitReport Visit);

/// <summary>
/// The checklist audits of a period for the audits page, each with its latest review state and flags — all of them:
/// the page pages the table, and its count is the period's (a cap of 500 once hid the oldest audits of a busy year).
/// </summary>
public sealed class AuditList(AnalyticsStore store, VisitChecks visits)
{
    public IReadOnlyList<AuditListRow> Load(DateOnly from, DateOnly to, string? branch = null, string? office = null)
    {
        using var c = store.Open();
        var rows = c.Query<(string Id, DateTime? Finished, DateTime Submitted, string? Office, string? Zone, string? Auditor, string? AuditorName, double? Score, string? State)>("""
            SELECT s.id, s.finished_at, s.submitted_at, s.office_code, o.time_zone, s.auditor, u.display_name, s.score,
                   (SELECT r.state FROM audit_review r WHERE r.submission_id = s.id ORDER BY r.seq DESC LIMIT 1)
            FROM submission s
            LEFT JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN org_unit o ON o.code = s.office_code
            LEFT JOIN app_user u ON u.user_name = lower(s.auditor)
            WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND CAST(s.submitted_at AS DATE) BETWEEN $from AND $to
              AND ($branch IS NULL OR o.parent_code = $branch OR s.office_code = $branch)
              AND ($office IS NULL OR s.office_code = $office)
            ORDER BY s.submitted_at DESC, s.id
            """, new { from, to, branch, office }).AsList();
        var names = new OrgDirectory(store).DisplayNames();
        var reports = visits.ForPeriod(from, to);
        return [.. rows.Select(r => new AuditListRow(r.Id, new DisplayTime(r.Zone).FromUtc(r.Finished ?? r.Submitted), r.Office,
            r.Office is not null && names.TryGetValue(r.Office, out var n) ? n : r.Office ?? OfficeNames.Company(Labels.Russian),
            r.AuditorName ?? r.Auditor ?? "—", r.Score, r.State ?? "submitted",
            reports.GetValueOrDefault(r.Id) ?? new VisitReport(r.Id, null, [])))];
    }
}
