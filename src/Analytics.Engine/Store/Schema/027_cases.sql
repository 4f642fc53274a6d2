-- 027_cases.sql — cases opened automatically (#18 item 3, ADR 0027). A case is a corrective action of kind
-- 'client_case' («обращение клиента»); client_case adds its event, escalation level, whether it needs a control call
-- and its outcome; client_case_trigger keeps every trigger that opened or joined it (one row per trigger and source,
-- so a rerun adds nothing); case_owner is the owner of an office, a branch or the company, edited by an administrator.
-- DuckDB cannot alter a CHECK constraint, so corrective_action is rebuilt with the new kind (same columns, same ids).
CREATE TABLE corrective_action_before_027 AS SELECT * FROM corrective_action;
DROP TABLE corrective_action;
CREATE TABLE corrective_action (
    id                BIGINT PRIMARY KEY DEFAULT nextval('corrective_action_seq'),
    source_kind       VARCHAR NOT NULL CHECK (source_kind IN ('audit_item', 'indicator', 'complaint', 'other', 'client_case')),
    source_ref        VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    description       VARCHAR,
    office_code       VARCHAR,
    branch_code       VARCHAR,
    owner             VARCHAR NOT NULL,
    due_on            DATE NOT NULL,
    status            VARCHAR NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'in_progress', 'done', 'verified', 'reopened', 'cancelled')),
    verification_kind VARCHAR CHECK (verification_kind IS NULL OR verification_kind IN ('control_call', 're_audit')),
    verification_ref  VARCHAR,
    verified_on       DATE,
    evidence          VARCHAR,
    created_at        TIMESTAMP NOT NULL,
    created_by        VARCHAR NOT NULL,
    completed_on      DATE,
    UNIQUE (source_kind, source_ref)
);
INSERT INTO corrective_action SELECT * FROM corrective_action_before_027;
DROP TABLE corrective_action_before_027;

-- One row per case. The event (an appeal, a handled call, a questionnaire response, an audit) belongs to one client,
-- so (event_kind, event_ref) is the client-and-event key without storing the client's identity.
CREATE TABLE client_case (
    action_id          BIGINT PRIMARY KEY,
    event_kind         VARCHAR NOT NULL CHECK (event_kind IN ('appeal', 'call', 'response', 'audit')),
    event_ref          VARCHAR NOT NULL,
    first_trigger      VARCHAR NOT NULL,
    escalation_level   INTEGER NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    needs_control_call BOOLEAN NOT NULL DEFAULT false,
    outcome            VARCHAR CHECK (outcome IS NULL OR outcome IN ('resolved', 'explained', 'recalculated', 'not_confirmed', 'no_contact')),
    opened_at_utc      TIMESTAMP NOT NULL,
    escalated_at_utc   TIMESTAMP,
    UNIQUE (event_kind, event_ref)
);

CREATE TABLE client_case_trigger (
    trigger      VARCHAR NOT NULL CHECK (trigger IN ('detractor', 'poor_quality_complaint', 'critical_audit_item', 'appeal_overdue')),
    source_ref   VARCHAR NOT NULL,
    action_id    BIGINT NOT NULL,
    detail       VARCHAR,
    fired_at_utc TIMESTAMP NOT NULL,
    PRIMARY KEY (trigger, source_ref)
);

CREATE TABLE case_owner (
    unit_code      VARCHAR PRIMARY KEY,
    owner          VARCHAR NOT NULL,
    updated_at_utc TIMESTAMP NOT NULL,
    updated_by     VARCHAR NOT NULL
);
