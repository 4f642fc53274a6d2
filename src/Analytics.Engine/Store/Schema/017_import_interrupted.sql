-- 017_import_interrupted.sql — a run that did not finish is 'interrupted' (cancelled, SIGTERM, or its process died),
-- not 'running' forever; pid names the importing process so a later import can tell a live run from a dead one.
-- DuckDB cannot alter a CHECK constraint, so the table is rebuilt with the same rows (nothing references it by key).
CREATE TABLE import_run_017 (
    id           BIGINT PRIMARY KEY DEFAULT nextval('import_id_seq'),
    kind         VARCHAR NOT NULL,
    file_name    VARCHAR NOT NULL,
    sha256       VARCHAR,
    started_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    finished_at  TIMESTAMP,
    read         BIGINT NOT NULL DEFAULT 0,
    stored       BIGINT NOT NULL DEFAULT 0,
    duplicates   BIGINT NOT NULL DEFAULT 0,
    rejected     BIGINT NOT NULL DEFAULT 0,
    status       VARCHAR NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    target_table VARCHAR,
    format       VARCHAR,
    message      VARCHAR,
    pid          INTEGER
);
INSERT INTO import_run_017 (id, kind, file_name, sha256, started_at, finished_at, read, stored, duplicates, rejected, status, target_table, format, message)
    SELECT id, kind, file_name, sha256, started_at, finished_at, read, stored, duplicates, rejected, status, target_table, format, message FROM import_run;
DROP TABLE import_run;
ALTER TABLE import_run_017 RENAME TO import_run;
