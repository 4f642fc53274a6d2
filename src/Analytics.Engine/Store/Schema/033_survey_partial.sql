-- 033_survey_partial.sql — a questionnaire answered part of the way (#17.6, ADR 0032). Not a submission: no indicator,
-- benchmark, answer export or webhook reads this table; survey results count an abandoned row only in completion and
-- drop-off. The id is a random key the browser keeps; with an invitation the token is the resume key on any device
-- (one row per token). A submission deletes its partial in its own transaction; retention deletes stale rows.
CREATE TABLE survey_partial (
    id            VARCHAR PRIMARY KEY,
    definition_id VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    office_code   VARCHAR,
    token         VARCHAR UNIQUE,
    answers_json  VARCHAR NOT NULL,
    answered      INTEGER NOT NULL,
    last_item     VARCHAR,
    started_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);
CREATE INDEX survey_partial_definition ON survey_partial (definition_id, updated_at);
