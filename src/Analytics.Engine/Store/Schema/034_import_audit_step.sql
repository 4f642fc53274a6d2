-- 034_import_audit_step.sql — which import runs have had their checklist audits arrive (#16, ADR 0034). A run's
-- audits go through AuditItemActions.Arrived once, whether the run completed, was cancelled or its process died: the
-- importer settles every finished run that stored audits and has no row here. Runs completed before this migration
-- already had that step; interrupted or failed ones never did, so they stay unsettled and the next import settles them.
CREATE TABLE import_audit_step (
    import_id  BIGINT PRIMARY KEY,
    settled_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
INSERT INTO import_audit_step (import_id, settled_at)
    SELECT id, coalesce(finished_at, current_timestamp) FROM import_run WHERE status = 'completed';
