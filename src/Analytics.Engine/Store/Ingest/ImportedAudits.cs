using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest;

/// <summary>
/// The one post-import step for checklist audits (#16, ADR 0034): every audit an import stored goes through
/// <see cref="Actions.AuditItemActions.Arrived"/> — re-audit verification of the open actions of its office — once,
/// whether its run completed, was cancelled (Ctrl+C, SIGTERM, a cancelled upload) or its process died.
/// </summary>
/// <remarks>
/// Keyed on what is stored, not on how the run ended: a run is settled when its audits have arrived
/// (<c>import_audit_step</c>). A cancelled run settles its committed batches before it reports the interruption; a
/// run whose process died, or whose step itself failed, is settled by the next import of any file. A re-import of the
/// same file finds those audits as duplicates, so it could never reach them through its own run. Arrived is idempotent
/// (a verified action leaves the open list; a "still open" note is added once per re-audit), so settling twice changes nothing.
/// </remarks>
internal static class ImportedAudits
{
    /// <summary>
    /// Lets every audit of every finished, unsettled run arrive, oldest visit first across runs (a re-audit settles
    /// what an earlier visit left open), then marks those runs settled. Runs still importing in this process are left
    /// to settle themselves. Returns how many audits arrived.
    /// </summary>
    public static int Settle(AnalyticsStore store, DuckDBConnection connection, AuditReview.AuditsOptions options, string actor)
    {
        var pending = connection.Query<(long Run, string Id)>($"""
            SELECT s.import_id, s.id FROM submission s JOIN import_run r ON r.id = s.import_id
            WHERE r.status <> 'running' AND {AuditReview.ReviewRules.IsAuditSql}
              AND NOT EXISTS (SELECT 1 FROM import_audit_step d WHERE d.import_id = s.import_id)
            ORDER BY coalesce(s.started_at, s.submitted_at), s.id
            """).AsList();
        if (pending.Count == 0) return 0;
        var actions = new Actions.AuditItemActions(store, options);
        foreach (var audit in pending) actions.Arrived(audit.Id, actor);
        foreach (var run in pending.Select(p => p.Run).Distinct())
            connection.Execute("INSERT INTO import_audit_step (import_id) VALUES ($run) ON CONFLICT DO NOTHING", new { run });
        return pending.Count;
    }
}
