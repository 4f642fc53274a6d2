-- 018_audit_trail.sql — the change audit trail (#21.5, ADR 0017). One row per change: who (actor login), when (UTC),
-- what (entity kind + id, action), before → after as JSON with personal data masked. Rows are hash-chained: hash is the
-- SHA-256 of the row's content and prev_hash, so an edited or removed row breaks the chain at a nameable link.
-- seq is assigned by the appender (max + 1 inside the change's transaction), never by a sequence: a gap is a finding.
CREATE TABLE audit_entry (
    seq          BIGINT PRIMARY KEY,
    at_utc       TIMESTAMP NOT NULL,
    actor        VARCHAR NOT NULL,
    action       VARCHAR NOT NULL,
    entity_kind  VARCHAR NOT NULL,
    entity_id    VARCHAR NOT NULL,
    before_json  VARCHAR,
    after_json   VARCHAR,
    prev_hash    VARCHAR NOT NULL,
    hash         VARCHAR NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at_utc);
