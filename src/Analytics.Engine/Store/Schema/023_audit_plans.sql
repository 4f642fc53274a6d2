-- 023_audit_plans.sql — audit plans and the review of submitted audits (#16 items 1–2, ADR 0022).
-- audit_review is shared with migration 024 (the act reads it); both create it with exactly this text.
CREATE TABLE IF NOT EXISTS audit_review (submission_id VARCHAR NOT NULL, seq INTEGER NOT NULL, state VARCHAR NOT NULL,
    reviewer VARCHAR NOT NULL, decided_at TIMESTAMP NOT NULL, comment VARCHAR, PRIMARY KEY (submission_id, seq));

-- The current state of every reviewed submission: its latest row. A checklist submission without rows is 'submitted'
-- (на проверке); the engine's review rule (AuditReview/ReviewRules) reads this view and nothing else.
CREATE VIEW audit_review_current AS
SELECT submission_id, max(seq) AS seq, arg_max(state, seq) AS state, arg_max(reviewer, seq) AS reviewer,
       arg_max(decided_at, seq) AS decided_at, arg_max(comment, seq) AS comment
FROM audit_review GROUP BY submission_id;

-- Audits received before review existed were counted the moment they arrived; they stay counted (approved by the
-- migration, reviewer 'system'), so no figure published before the upgrade changes.
INSERT INTO audit_review (submission_id, seq, state, reviewer, decided_at, comment)
SELECT s.id, 1, 'approved', 'system', current_timestamp::TIMESTAMP, 'одобрено при вводе проверки результатов (миграция 023)'
FROM submission s LEFT JOIN form_definition f ON f.id = s.definition_id
WHERE (s.source = 'checklist' OR f.kind = 'checklist')
  AND NOT EXISTS (SELECT 1 FROM audit_review r WHERE r.submission_id = s.id);

-- A plan: office × checklist form × recurrence. Windows are derived from the recurrence (AuditPlans/PlanWindows):
-- monthly = each month, quarterly = each quarter, per_quarter = the quarter cut into per_quarter equal parts,
-- wave = one window [starts_on, ends_on] (a mystery-shopper wave). auditor NULL = the pool (any auditor of the office).
CREATE SEQUENCE audit_plan_seq START 1;
CREATE TABLE audit_plan (
    id            BIGINT PRIMARY KEY DEFAULT nextval('audit_plan_seq'),
    office_code   VARCHAR NOT NULL,
    definition_id VARCHAR NOT NULL,
    recurrence    VARCHAR NOT NULL CHECK (recurrence IN ('monthly', 'quarterly', 'per_quarter', 'wave')),
    per_quarter   INTEGER NOT NULL DEFAULT 1 CHECK (per_quarter BETWEEN 1 AND 13),
    starts_on     DATE NOT NULL,
    ends_on       DATE,
    auditor       VARCHAR,
    note          VARCHAR,
    created_at    TIMESTAMP NOT NULL,
    created_by    VARCHAR NOT NULL,
    CHECK (recurrence <> 'wave' OR ends_on IS NOT NULL),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
