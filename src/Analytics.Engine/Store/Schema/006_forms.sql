-- 006_forms.sql — what the questionnaire/checklist feature adds to 001: item→criterion mapping per published version
-- (read by the indicator engine), form↔office publication, auditor office assignments, single-use invitations,
-- answer notes and the score computed when a submission is stored.

-- Also created by 003 (the indicator engine reads it); the definitions agree, so whichever runs first wins.
CREATE TABLE IF NOT EXISTS form_item_criterion (
    definition_id VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    item_code     VARCHAR NOT NULL,
    criterion_id  VARCHAR NOT NULL,
    weight        DOUBLE NOT NULL DEFAULT 1,
    PRIMARY KEY (definition_id, version, item_code, criterion_id)
);

-- Which offices a form is published to; no rows means every office.
CREATE TABLE form_publication (
    definition_id VARCHAR NOT NULL,
    office_code   VARCHAR NOT NULL,
    published_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (definition_id, office_code)
);

-- An auditor sees and audits only the offices assigned to them (F4).
CREATE TABLE auditor_assignment (
    auditor     VARCHAR NOT NULL,
    office_code VARCHAR NOT NULL,
    assigned_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (auditor, office_code)
);

-- Single-use invitation tokens for a questionnaire (sent by SMS or e-mail); used_by is the submission that spent it.
CREATE TABLE invitation (
    token         VARCHAR PRIMARY KEY,
    definition_id VARCHAR NOT NULL,
    office_code   VARCHAR,
    channel       VARCHAR,
    created_at    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    expires_at    TIMESTAMP,
    used_at       TIMESTAMP,
    used_by       VARCHAR
);

ALTER TABLE answer ADD COLUMN note VARCHAR;
ALTER TABLE submission ADD COLUMN score DOUBLE;

-- Section scores of each checklist submission, so dashboards need not re-run the scoring.
CREATE TABLE submission_section_score (
    submission_id VARCHAR NOT NULL,
    section_code  VARCHAR NOT NULL,
    score         DOUBLE,
    weight        DOUBLE NOT NULL,
    applicable    INTEGER NOT NULL,
    not_applicable INTEGER NOT NULL,
    PRIMARY KEY (submission_id, section_code)
);
