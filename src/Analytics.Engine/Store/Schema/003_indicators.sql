-- 003_indicators.sql — methodology versions, the production calendar as a table, manual regulatory facts,
-- the form item → criterion mapping, external peer benchmarks, and the indicator results kept as tables
-- (office × month counts, rolled-up results, per-month input fingerprints for incremental refresh).

-- A methodology is versioned data: the JSON document is the source of truth, the other columns index it.
CREATE TABLE methodology (
    id          VARCHAR NOT NULL,
    version     INTEGER NOT NULL,
    mode        VARCHAR NOT NULL CHECK (mode IN ('standard', 'regulatory')),
    name_ru     VARCHAR NOT NULL,
    name_en     VARCHAR NOT NULL,
    based_on    VARCHAR,
    json        VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    created_by  VARCHAR,
    PRIMARY KEY (id, version)
);

-- Production calendar, one row per day: working says whether it is a working day; wd_seq counts working days
-- from the first stored day up to and including this one, so "N working days after d" is a join on wd_seq.
CREATE TABLE calendar_day (
    day       DATE PRIMARY KEY,
    working   BOOLEAN NOT NULL,
    shortened BOOLEAN NOT NULL DEFAULT false,
    wd_seq    INTEGER NOT NULL
);

-- Facts that no register holds (regulatory form 2.1: units, approved acts, a single phone number …).
CREATE TABLE criterion_fact (
    scope_code   VARCHAR NOT NULL,
    year         INTEGER NOT NULL,
    criterion_id VARCHAR NOT NULL,
    value        DOUBLE NOT NULL,
    source       VARCHAR,
    PRIMARY KEY (scope_code, year, criterion_id)
);

-- Which questionnaire/checklist item feeds which methodology criterion, with its weight inside the criterion.
-- Same definition as forms' 006_forms.sql (which fills it on publishing); IF NOT EXISTS there too, whichever runs first.
CREATE TABLE IF NOT EXISTS form_item_criterion (
    definition_id VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    item_code     VARCHAR NOT NULL,
    criterion_id  VARCHAR NOT NULL,
    weight        DOUBLE NOT NULL DEFAULT 1 CHECK (weight >= 0),
    PRIMARY KEY (definition_id, version, item_code, criterion_id)
);

-- Published peer figures, each with its source; never invented.
CREATE TABLE benchmark_peer (
    source     VARCHAR NOT NULL,
    peer       VARCHAR NOT NULL,
    year       INTEGER NOT NULL,
    target     VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    value      DOUBLE NOT NULL,
    note       VARCHAR,
    is_example BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (source, peer, year, target, kind)
);

-- Counts per unit (office, or the unit a call centre reports as) × month × measure: the only thing SQL computes.
CREATE TABLE indicator_count (
    methodology_id      VARCHAR NOT NULL,
    methodology_version INTEGER NOT NULL,
    month               DATE NOT NULL,
    unit_code           VARCHAR NOT NULL,
    measure             VARCHAR NOT NULL,
    successes           DOUBLE NOT NULL,
    n                   BIGINT NOT NULL,
    extra               DOUBLE
    -- No primary key: the refresh deletes a month range before inserting it, and DuckDB bulk-loads much faster
    -- without an index; (methodology_id, methodology_version, month, unit_code, measure) is unique by construction.
);

-- Rolled-up results: criteria and indicators per unit × period, each with the methodology version that produced it.
CREATE TABLE indicator_result (
    methodology_id      VARCHAR NOT NULL,
    methodology_version INTEGER NOT NULL,
    level               VARCHAR NOT NULL,
    unit_code           VARCHAR NOT NULL,
    granularity         VARCHAR NOT NULL CHECK (granularity IN ('month', 'quarter', 'year')),
    period_start        DATE NOT NULL,
    item_kind           VARCHAR NOT NULL CHECK (item_kind IN ('criterion', 'indicator')),
    item_id             VARCHAR NOT NULL,
    value               DOUBLE,
    n                   BIGINT NOT NULL,
    lower               DOUBLE,
    upper               DOUBLE,
    coverage            DOUBLE,
    score               DOUBLE,
    insufficient        BOOLEAN NOT NULL,
    computed_at         TIMESTAMP NOT NULL
    -- Unique by construction on (methodology, version, level, unit, granularity, period, kind, item): the writer
    -- deletes the periods it rewrites. No index, for the same bulk-load reason as indicator_count.
);

-- Fingerprint of each month's inputs at the last refresh; a refresh recomputes only months whose print changed.
CREATE TABLE indicator_input_state (
    methodology_id      VARCHAR NOT NULL,
    methodology_version INTEGER NOT NULL,
    month               DATE NOT NULL,
    fingerprint         UBIGINT NOT NULL,
    refreshed_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (methodology_id, methodology_version, month)
);
