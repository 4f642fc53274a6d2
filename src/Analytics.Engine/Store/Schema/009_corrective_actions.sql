-- 009_corrective_actions.sql — non-conformities turned into corrective actions (F12) and their history.
-- An action comes from a failed audit item, an indicator outcome of −1 or a complaint; it has an owner, a due date,
-- a status workflow and a verification (control call or re-audit). Every change is kept in corrective_action_event.
CREATE SEQUENCE corrective_action_seq START 1;
CREATE TABLE corrective_action (
    id                BIGINT PRIMARY KEY DEFAULT nextval('corrective_action_seq'),
    source_kind       VARCHAR NOT NULL CHECK (source_kind IN ('audit_item', 'indicator', 'complaint', 'other')),
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

CREATE TABLE corrective_action_event (
    action_id   BIGINT NOT NULL,
    seq         INTEGER NOT NULL,
    happened_at TIMESTAMP NOT NULL,
    actor       VARCHAR NOT NULL,
    from_status VARCHAR,
    to_status   VARCHAR NOT NULL,
    note        VARCHAR,
    PRIMARY KEY (action_id, seq)
);
