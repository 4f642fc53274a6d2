using Analytics.Engine.Compliance;
using Analytics.Engine.Forms;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Cases;

/// <summary>
/// Finds the triggers of a run as of a moment (ADR 0027): detractor responses, poor-quality complaints, failed
/// critical checklist items and overdue appeals, within <see cref="CaseOptions.LookbackDays"/>. "Overdue" is
/// <see cref="AppealDeadlines"/>' state (the <c>appeal_due</c> view), never a definition of its own.
/// </summary>
internal sealed class CaseTriggerFinder(AppealDeadlines deadlines, CaseOptions options)
{
    public List<CaseTrigger> Find(DuckDBConnection c, DateTime asOfUtc, DateTime asOfLocal)
    {
        var fromUtc = asOfUtc.AddDays(-options.LookbackDays);
        var fromLocal = asOfLocal.AddDays(-options.LookbackDays);
        var found = new List<CaseTrigger>();
        found.AddRange(Detractors(c, fromUtc, asOfUtc));
        found.AddRange(PoorQualityComplaints(c, fromLocal, asOfLocal));
        found.AddRange(CriticalItems(c, fromUtc, asOfUtc));
        found.AddRange(OverdueAppeals(c, DateOnly.FromDateTime(asOfLocal)));
        return found;
    }

    /// <summary>
    /// Questionnaire responses with an NPS answer ≤ the NPS threshold or a 1–5 rating (CSAT) ≤ the CSAT threshold.
    /// A response to an invitation concerns the invitation's event (an answered appeal, a handled call), so it joins
    /// a case already open for that appeal; any other response is its own event.
    /// </summary>
    private IEnumerable<CaseTrigger> Detractors(DuckDBConnection c, DateTime fromUtc, DateTime toUtc)
    {
        var versions = c.Query<(string Id, int Version, string Json)>("""
            SELECT v.definition_id, v.version, v.json FROM form_version v JOIN form_definition f ON f.id = v.definition_id
            WHERE f.kind = 'questionnaire'
              AND EXISTS (SELECT 1 FROM submission s WHERE s.definition_id = v.definition_id AND s.version = v.version
                          AND s.submitted_at > $fromUtc AND s.submitted_at <= $toUtc)
            """, new { fromUtc, toUtc }).ToList();
        var items = new List<(string Form, int Version, string Item, string Scale, int Max)>();
        foreach (var v in versions)
            foreach (var item in Parse(v.Json)?.AllItems() ?? [])
            {
                if (item.Type == QuestionType.Nps) items.Add((v.Id, v.Version, item.Code, "NPS", options.NpsDetractorMax));
                else if (item.Type == QuestionType.Rating && (item.Max ?? 5) == 5) items.Add((v.Id, v.Version, item.Code, "CSAT", options.CsatDetractorMax));
            }
        if (items.Count == 0) return [];
        c.Execute("CREATE OR REPLACE TEMP TABLE case_score_item (definition_id VARCHAR, version INTEGER, item_code VARCHAR, scale VARCHAR, max_value INTEGER)");
        foreach (var i in items)
            c.Execute("INSERT INTO case_score_item VALUES ($f, $v, $i, $s, $m)", new { f = i.Form, v = i.Version, i = i.Item, s = i.Scale, m = i.Max });
        // The lowest score of a response names it; one trigger per response.
        return c.Query<(string Id, string? Office, string? Rule, string? EventRef, string? OutboxOffice, string Scale, double Value)>("""
            SELECT s.id, s.office_code, r.event_kind, o.event_ref, o.office_code, i.scale, a.value_num
            FROM submission s
            JOIN answer a ON a.submission_id = s.id AND NOT a.not_applicable AND a.value_num IS NOT NULL
            JOIN case_score_item i ON i.definition_id = s.definition_id AND i.version = s.version AND i.item_code = a.item_code
            LEFT JOIN invitation_outbox o ON o.token = s.token AND s.token IS NOT NULL
            LEFT JOIN invitation_rule r ON r.code = o.rule_code
            WHERE s.submitted_at > $fromUtc AND s.submitted_at <= $toUtc AND a.value_num <= i.max_value
            QUALIFY row_number() OVER (PARTITION BY s.id ORDER BY i.scale DESC, a.value_num, a.item_code) = 1
            ORDER BY s.submitted_at, s.id
            """, new { fromUtc, toUtc })
            .Select(r =>
            {
                var (kind, reference) = (r.Rule, r.EventRef) switch
                {
                    ("appeal_answered", { } e) => ("appeal", e),
                    ("call_handled", { } e) => ("call", e),
                    _ => ("response", r.Id),
                };
                return new CaseTrigger(CaseTriggers.Detractor, r.Id, kind, reference, r.OutboxOffice ?? r.Office,
                    $"{r.Scale} {r.Value:0}", Complaint: options.DetractorNeedsControlCall);
            }).ToList();
    }

    /// <summary>
    /// Complaints classified as poor quality, registered within the window: a person's correction wins, then the
    /// register's own flag, then the classifier's result unless it waits for review.
    /// </summary>
    private static IEnumerable<CaseTrigger> PoorQualityComplaints(DuckDBConnection c, DateTime fromLocal, DateTime toLocal) =>
        c.Query<(string No, string Office)>("""
            WITH hand AS (
                SELECT register_no, task, arg_max(label, corrected_at) AS label FROM appeal_label
                WHERE task IN ('kind', 'poor_quality') GROUP BY register_no, task
            )
            SELECT a.register_no, a.office_code
            FROM appeal a
            LEFT JOIN hand hk ON hk.register_no = a.register_no AND hk.task = 'kind'
            LEFT JOIN hand hp ON hp.register_no = a.register_no AND hp.task = 'poor_quality'
            LEFT JOIN appeal_classification m ON m.register_no = a.register_no AND m.task = 'poor_quality'
            WHERE coalesce(hk.label, a.kind) = 'complaint'
              AND coalesce(hp.label = 'true', a.poor_quality, CASE WHEN NOT m.needs_review THEN m.label = 'true' END)
              AND coalesce(a.registered_at, a.received_at) > $fromLocal AND coalesce(a.registered_at, a.received_at) <= $toLocal
            ORDER BY a.registered_at, a.register_no
            """, new { fromLocal, toLocal })
            .Select(r => new CaseTrigger(CaseTriggers.PoorQualityComplaint, r.No, "appeal", r.No, r.Office, $"жалоба {r.No}", Complaint: true))
            .ToList();

    /// <summary>Checklist items marked <see cref="FormItem.Critical"/> answered "no" in audits of the window.</summary>
    private static IEnumerable<CaseTrigger> CriticalItems(DuckDBConnection c, DateTime fromUtc, DateTime toUtc)
    {
        var versions = c.Query<(string Id, int Version, string Json)>("""
            SELECT v.definition_id, v.version, v.json FROM form_version v JOIN form_definition f ON f.id = v.definition_id
            WHERE f.kind = 'checklist' AND v.json LIKE '%"critical"%'
              AND EXISTS (SELECT 1 FROM submission s WHERE s.definition_id = v.definition_id AND s.version = v.version
                          AND s.submitted_at > $fromUtc AND s.submitted_at <= $toUtc)
            """, new { fromUtc, toUtc }).ToList();
        var critical = versions.SelectMany(v => (Parse(v.Json)?.AllItems() ?? []).Where(i => i.Critical)
            .Select(i => (v.Id, v.Version, Item: i, Text: i.Text.Ru))).ToList();
        if (critical.Count == 0) return [];
        var result = new List<CaseTrigger>();
        // "No" by the one rule for a failed item (AuditActs.AuditRules), as the act and the Audits page judge it.
        foreach (var item in critical)
            result.AddRange(c.Query<(string Id, string? Office, double? Number, string? Text, bool NotApplicable)>($"""
                SELECT s.id, s.office_code, a.value_num, a.value_text, a.not_applicable FROM submission s JOIN answer a ON a.submission_id = s.id
                WHERE s.definition_id = $form AND s.version = $version AND a.item_code = $item
                  AND {AuditActs.AuditRules.MayFailSql} AND s.submitted_at > $fromUtc AND s.submitted_at <= $toUtc
                ORDER BY s.submitted_at, s.id
                """, new { form = item.Id, version = item.Version, item = item.Item.Code, fromUtc, toUtc })
                .Where(r => AuditActs.AuditRules.Failed(item.Item, new AuditActs.ActAnswer(item.Item.Code, r.Number, r.Text, r.NotApplicable, null)))
                .Select(r => new CaseTrigger(CaseTriggers.CriticalAuditItem, $"{r.Id}/{item.Item.Code}", "audit", r.Id, r.Office,
                    $"«{item.Text.Trim().TrimEnd('?', ' ')}»", Complaint: false)));
        return result;
    }

    /// <summary>Appeals <see cref="AppealDeadlines"/> judges overdue on the day, whose due date fell within the window.</summary>
    private IEnumerable<CaseTrigger> OverdueAppeals(DuckDBConnection c, DateOnly today)
    {
        deadlines.Prepare(c, today);
        return c.Query<(string No, string Office, string Kind, DateTime Due)>("""
            SELECT register_no, office_code, kind, CAST(effective_due AS TIMESTAMP) FROM appeal_due
            WHERE state = 'overdue' AND effective_due >= $from
            ORDER BY effective_due, register_no
            """, new { from = today.AddDays(-options.LookbackDays) })
            .Select(r => new CaseTrigger(CaseTriggers.AppealOverdue, r.No, "appeal", r.No, r.Office,
                $"обращение {r.No}, срок {r.Due:dd.MM.yyyy}", Complaint: r.Kind == "complaint"))
            .ToList();
    }

    private static FormDefinition? Parse(string json)
    {
        try { return FormJson.Deserialize(json); }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidOperationException) { return null; }
    }
}
