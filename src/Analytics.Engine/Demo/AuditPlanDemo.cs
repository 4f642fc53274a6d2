using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// Audit plans and reviews for the demo organisation (#16, ADR 0022), written in a few set-based statements so the
/// demo stays cheap and deterministic: every office plans a quarterly office visit and a quarterly control call
/// (the survey demo visits in the quarter's second month and calls in its first, so these are done); category I
/// offices plan a monthly visit (two months of three are missed); the first branch runs a stands wave in September
/// of last year whose visits happened in October (late). Reviews: audits older than four weeks are approved; of the
/// newer ones, every third is returned with a comment, every third waits on review, the rest are approved; one audit
/// half a year back is rejected (its window becomes missed).
/// </summary>
internal static class AuditPlanDemo
{
    public static void Generate(AnalyticsStore store, DateOnly today, DateTime now)
    {
        using var c = store.Open();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM audit_plan WHERE created_by = 'demo'") > 0) return;
        using var tx = c.BeginTransaction();
        var start = new DateOnly(today.Year - 1, 1, 1);
        var p = new { start, now, waveFrom = new DateOnly(today.Year - 1, 9, 1), waveTo = new DateOnly(today.Year - 1, 9, 30) };
        c.Execute("""
            INSERT INTO audit_plan (office_code, definition_id, recurrence, per_quarter, starts_on, ends_on, auditor, note, created_at, created_by)
            SELECT o.code, f.id, 'quarterly', 1, $start, NULL, NULL, 'Плановое посещение офиса', $now, 'demo'
            FROM org_unit o, form_definition f WHERE o.level = 'office' AND o.closed_on IS NULL AND f.code = 'office-visit'
            UNION ALL
            SELECT o.code, f.id, 'quarterly', 1, $start, NULL, 'auditor-' || coalesce(o.parent_code, 'hq'), 'Контрольный звонок', $now, 'demo'
            FROM org_unit o, form_definition f WHERE o.level = 'office' AND o.closed_on IS NULL AND f.code = 'phone-call'
            UNION ALL
            SELECT o.code, f.id, 'monthly', 1, $start, NULL, NULL, 'Ежемесячный визит в офис I категории', $now, 'demo'
            FROM org_unit o, form_definition f WHERE o.level = 'office' AND o.closed_on IS NULL AND o.category = 1 AND f.code = 'office-visit'
            UNION ALL
            SELECT o.code, f.id, 'wave', 1, $waveFrom, $waveTo, NULL, 'Волна «тайного покупателя»: стенды', $now, 'demo'
            FROM org_unit o, form_definition f WHERE o.level = 'office' AND o.closed_on IS NULL AND f.code = 'information-stands'
              AND o.parent_code = (SELECT min(code) FROM org_unit WHERE level = 'branch')
            """, p, tx);
        c.Execute("""
            INSERT INTO audit_review (submission_id, seq, state, reviewer, decided_at, comment)
            WITH audits AS (
                SELECT s.id, s.submitted_at,
                       row_number() OVER (ORDER BY s.submitted_at DESC, s.id) AS recent,
                       row_number() OVER (ORDER BY abs(date_diff('day', s.submitted_at, $now - INTERVAL 182 DAY)), s.id) AS half_year
                FROM submission s JOIN form_definition f ON f.id = s.definition_id
                WHERE s.source = 'demo' AND f.kind = 'checklist' AND NOT EXISTS (SELECT 1 FROM audit_review r WHERE r.submission_id = s.id)
            )
            SELECT id, 1,
                   CASE WHEN half_year = 1 THEN 'rejected' WHEN submitted_at >= $now - INTERVAL 28 DAY AND recent % 3 = 1 THEN 'returned' ELSE 'approved' END,
                   'quality-demo', least(submitted_at + INTERVAL 2 DAY, $now),
                   CASE WHEN half_year = 1 THEN 'Визит не подтверждён: фото сделаны в другом офисе'
                        WHEN submitted_at >= $now - INTERVAL 28 DAY AND recent % 3 = 1 THEN 'Добавьте фото входной группы и уточните время ожидания' END
            FROM audits
            WHERE half_year = 1 OR submitted_at < $now - INTERVAL 28 DAY OR recent % 3 <> 2
            """, p, tx);
        tx.Commit();
    }
}
