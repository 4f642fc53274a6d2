-- 024_audit_acts.sql — what the audit act and the proof-of-visit checks need (ADR 0023): the review decisions the
-- act prints (the table is shared with 023, which owns the workflow; both create it with the same text) and the
-- coordinates of each office, against which an audit's location is checked.

CREATE TABLE IF NOT EXISTS audit_review (submission_id VARCHAR NOT NULL, seq INTEGER NOT NULL, state VARCHAR NOT NULL,
    reviewer VARCHAR NOT NULL, decided_at TIMESTAMP NOT NULL, comment VARCHAR, PRIMARY KEY (submission_id, seq));

-- WGS 84 degrees of the office entrance; null = unknown, and then no distance is computed.
ALTER TABLE org_unit ADD COLUMN latitude DOUBLE;
ALTER TABLE org_unit ADD COLUMN longitude DOUBLE;
