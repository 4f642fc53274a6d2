-- 001_core.sql — the analytic store's core tables: organisation, channels, appeals, queue, calls,
-- control calls, plans, questionnaire/checklist definitions and submissions, imports and their quarantine.
-- Natural keys are primary keys so a re-import stores nothing new. Personal data sits in its own columns
-- (consumer_name, consumer_phone, consumer_address, consumer_email) so access rules can mask them.

-- Organisation: company → branch → office in one table (level says which); category I/II/III for offices.
CREATE TABLE org_unit (
    code        VARCHAR PRIMARY KEY,
    level       VARCHAR NOT NULL CHECK (level IN ('company', 'branch', 'office')),
    parent_code VARCHAR,
    name        VARCHAR NOT NULL,
    category    TINYINT CHECK (category IN (1, 2, 3)),
    region      VARCHAR,
    time_zone   VARCHAR,
    address     VARCHAR,
    opened_on   DATE,
    closed_on   DATE,
    import_id   BIGINT
);

-- Channels of the Standard; report_group is the column of appendix-7 table 4.1 the channel counts under.
CREATE TABLE channel (
    code         VARCHAR PRIMARY KEY,
    name_ru      VARCHAR NOT NULL,
    name_en      VARCHAR NOT NULL,
    report_group VARCHAR NOT NULL CHECK (report_group IN ('in_person', 'phone', 'internet', 'post', 'other')),
    written      BOOLEAN NOT NULL
);
INSERT INTO channel VALUES
    ('in_person',          'Очно',                      'In person',          'in_person', false),
    ('phone',              'Телефон',                   'Phone',              'phone',     false),
    ('fax',                'Факс',                      'Fax',                'phone',     true),
    ('post',               'Почта',                     'Post',               'post',      true),
    ('email',              'Электронная почта',         'E-mail',             'internet',  true),
    ('internet_reception', 'Интернет-приёмная',         'Internet reception', 'internet',  true),
    ('personal_account',   'Личный кабинет',            'Personal account',   'internet',  true),
    ('answerphone',        'Автоответчик',              'Answerphone',        'phone',     false),
    ('client_mailbox',     'Ящик для обращений',        'Client mailbox',     'other',     true),
    ('feedback_book',      'Книга отзывов и предложений', 'Feedback book',    'other',     true),
    ('other',              'Другое',                    'Other',              'other',     false);

-- Appeals register. Timestamps are office-local. due_at is as imported; the engine recomputes the norm due date.
CREATE TABLE appeal (
    register_no      VARCHAR PRIMARY KEY,
    office_code      VARCHAR NOT NULL,
    consumer_type    VARCHAR NOT NULL CHECK (consumer_type IN ('individual', 'legal')),
    consumer_key     VARCHAR,
    consumer_name    VARCHAR,
    consumer_phone   VARCHAR,
    consumer_email   VARCHAR,
    consumer_address VARCHAR,
    channel          VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL CHECK (kind IN ('complaint', 'suggestion', 'review', 'information_request', 'service_request')),
    topic            VARCHAR,
    poor_quality     BOOLEAN,
    text             VARCHAR,
    received_at      TIMESTAMP NOT NULL,
    registered_at    TIMESTAMP NOT NULL,
    due_at           TIMESTAMP,
    extended_to      TIMESTAMP,
    answered_at      TIMESTAMP,
    executor         VARCHAR,
    status           VARCHAR NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'answered', 'settled', 'rejected', 'not_reviewed')),
    outcome          VARCHAR CHECK (outcome IS NULL OR outcome IN ('resolved', 'explained', 'refused', 'tc_contract', 'transmission_contract', 'not_reviewed')),
    follow_up_of     VARCHAR,
    import_id        BIGINT
);

-- Measures taken on an appeal (form 2.3: measures and repeat dissatisfaction within 30 working days).
CREATE TABLE appeal_measure (
    register_no  VARCHAR NOT NULL,
    measure_no   INTEGER NOT NULL,
    description  VARCHAR,
    completed_at TIMESTAMP,
    import_id    BIGINT,
    PRIMARY KEY (register_no, measure_no)
);

-- Electronic-queue log: one row per ticket. Ticket numbers restart daily, so the key includes the issue time.
CREATE TABLE queue_visit (
    office_code VARCHAR NOT NULL,
    ticket      VARCHAR NOT NULL,
    issued_at   TIMESTAMP NOT NULL,
    service     VARCHAR,
    called_at   TIMESTAMP,
    finished_at TIMESTAMP,
    window_no   VARCHAR,
    operator    VARCHAR,
    import_id   BIGINT,
    PRIMARY KEY (office_code, issued_at, ticket)
);

-- Call-centre interval statistics (an ACD report): counts and summed seconds per interval and routed unit.
CREATE TABLE call_interval (
    center_code          VARCHAR NOT NULL,
    interval_start       TIMESTAMP NOT NULL,
    interval_minutes     INTEGER NOT NULL CHECK (interval_minutes > 0),
    routed_unit          VARCHAR NOT NULL DEFAULT '',
    offered              INTEGER NOT NULL CHECK (offered >= 0),
    answered             INTEGER NOT NULL CHECK (answered >= 0),
    abandoned            INTEGER NOT NULL CHECK (abandoned >= 0),
    answered_in_norm     INTEGER,
    norm_seconds         INTEGER,
    wait_seconds_total   DOUBLE,
    handle_seconds_total DOUBLE,
    closed_by_ivr        INTEGER,
    closed_by_operator   INTEGER,
    import_id            BIGINT,
    PRIMARY KEY (center_code, interval_start, routed_unit)
);

-- Call-centre records: one row per call, for exports that give calls rather than intervals.
CREATE TABLE call_record (
    call_id        VARCHAR PRIMARY KEY,
    center_code    VARCHAR NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    wait_seconds   DOUBLE,
    handle_seconds DOUBLE,
    answered       BOOLEAN NOT NULL,
    closed_by      VARCHAR CHECK (closed_by IS NULL OR closed_by IN ('ivr', 'operator', 'abandoned')),
    routed_unit    VARCHAR,
    operator       VARCHAR,
    caller_phone   VARCHAR,
    import_id      BIGINT
);

-- Control calls on complaints (000 §9.3): was the consumer reached, satisfied with how the complaint was handled.
CREATE TABLE control_call (
    register_no VARCHAR NOT NULL,
    called_at   TIMESTAMP NOT NULL,
    reached     BOOLEAN NOT NULL,
    satisfied   BOOLEAN,
    comment     VARCHAR,
    caller      VARCHAR,
    import_id   BIGINT,
    PRIMARY KEY (register_no, called_at)
);

-- Plans: a plan value per criterion or indicator, scope (company or branch code) and year.
CREATE TABLE plan (
    scope_code VARCHAR NOT NULL,
    year       INTEGER NOT NULL,
    target     VARCHAR NOT NULL,
    value      DOUBLE NOT NULL,
    tolerance  DOUBLE,
    source     VARCHAR,
    import_id  BIGINT,
    PRIMARY KEY (scope_code, year, target)
);

-- Questionnaire and checklist definitions: the draft is edited; a published version is immutable.
CREATE TABLE form_definition (
    id         VARCHAR PRIMARY KEY,
    kind       VARCHAR NOT NULL CHECK (kind IN ('questionnaire', 'checklist')),
    code       VARCHAR NOT NULL UNIQUE,
    title_ru   VARCHAR NOT NULL,
    title_en   VARCHAR,
    status     VARCHAR NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    template   VARCHAR,
    draft_json VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    created_by VARCHAR
);

CREATE TABLE form_version (
    definition_id VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    json          VARCHAR NOT NULL,
    published_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    published_by  VARCHAR,
    PRIMARY KEY (definition_id, version)
);

-- A submission is identified by a client-generated id, so a repeat returns the same receipt.
CREATE TABLE submission (
    id              VARCHAR PRIMARY KEY,
    definition_id   VARCHAR NOT NULL,
    version         INTEGER NOT NULL,
    office_code     VARCHAR,
    source          VARCHAR NOT NULL CHECK (source IN ('online', 'checklist', 'import', 'demo')),
    channel         VARCHAR,
    respondent_type VARCHAR,
    token           VARCHAR,
    auditor         VARCHAR,
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP,
    submitted_at    TIMESTAMP NOT NULL,
    latitude        DOUBLE,
    longitude       DOUBLE,
    user_agent      VARCHAR,
    import_id       BIGINT
);

CREATE TABLE answer (
    submission_id VARCHAR NOT NULL,
    item_code     VARCHAR NOT NULL,
    value_num     DOUBLE,
    value_text    VARCHAR,
    not_applicable BOOLEAN NOT NULL DEFAULT false,
    seconds_spent DOUBLE,
    answered_at   TIMESTAMP,
    PRIMARY KEY (submission_id, item_code)
);

-- Photo and file evidence attached to checklist items; bytes are kept in the store, resized on upload.
CREATE TABLE evidence (
    id            VARCHAR PRIMARY KEY,
    submission_id VARCHAR NOT NULL,
    item_code     VARCHAR NOT NULL,
    file_name     VARCHAR NOT NULL,
    content_type  VARCHAR NOT NULL,
    size_bytes    BIGINT NOT NULL,
    width         INTEGER,
    height        INTEGER,
    sha256        VARCHAR NOT NULL,
    taken_at      TIMESTAMP,
    content       BLOB
);

-- Every import run, with the counts of its summary (read = stored + duplicates + rejected).
CREATE SEQUENCE import_id_seq START 1;
CREATE TABLE import_run (
    id          BIGINT PRIMARY KEY DEFAULT nextval('import_id_seq'),
    kind        VARCHAR NOT NULL,
    file_name   VARCHAR NOT NULL,
    sha256      VARCHAR,
    started_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    finished_at TIMESTAMP,
    read        BIGINT NOT NULL DEFAULT 0,
    stored      BIGINT NOT NULL DEFAULT 0,
    duplicates  BIGINT NOT NULL DEFAULT 0,
    rejected    BIGINT NOT NULL DEFAULT 0,
    status      VARCHAR NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed'))
);

-- Rejected rows, with where they came from and why; nothing accepted is lost, nothing rejected is silent.
CREATE SEQUENCE quarantine_id_seq START 1;
CREATE TABLE quarantine (
    id          BIGINT PRIMARY KEY DEFAULT nextval('quarantine_id_seq'),
    import_id   BIGINT NOT NULL,
    kind        VARCHAR NOT NULL,
    file_name   VARCHAR NOT NULL,
    line        BIGINT NOT NULL,
    column_name VARCHAR,
    reason      VARCHAR NOT NULL,
    raw         VARCHAR,
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
