-- 020_export_job.sql — exports of a records view too large for one request (#21.8), run as a background job.
-- The requester's scope (branch, may see personal data, language) is kept with the job, so the job applies exactly
-- what the request was allowed, whoever runs it later. rows_written / rows_total is the progress the page shows.
CREATE SEQUENCE export_job_seq START 1;
CREATE TABLE export_job (
    id            BIGINT PRIMARY KEY DEFAULT nextval('export_job_seq'),
    user_name     VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    query         VARCHAR NOT NULL DEFAULT '',
    format        VARCHAR NOT NULL CHECK (format IN ('csv', 'xlsx', 'parquet')),
    scope_branch  VARCHAR,
    sees_personal BOOLEAN NOT NULL DEFAULT false,
    language      VARCHAR NOT NULL DEFAULT 'ru',
    state         VARCHAR NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'completed', 'failed', 'expired')),
    created_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    rows_written  BIGINT NOT NULL DEFAULT 0,
    rows_total    BIGINT,
    file_path     VARCHAR,
    size_bytes    BIGINT,
    message       VARCHAR
);
