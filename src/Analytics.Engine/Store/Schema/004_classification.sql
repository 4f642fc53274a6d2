-- 004_classification.sql — appeal classification (F10): the model registry, the model outputs per appeal and
-- task, and labels corrected by people (kept as history; the newest correction per appeal and task wins and
-- feeds the next training run).
CREATE TABLE classifier_model (
    task         VARCHAR NOT NULL CHECK (task IN ('topic', 'kind', 'poor_quality')),
    version      INTEGER NOT NULL CHECK (version > 0),
    trainer      VARCHAR NOT NULL,
    features     VARCHAR NOT NULL,
    metrics_json VARCHAR NOT NULL,
    trained_at   TIMESTAMP NOT NULL,
    data_hash    VARCHAR NOT NULL,
    n_texts      INTEGER NOT NULL,
    path         VARCHAR NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (task, version)
);

CREATE TABLE appeal_classification (
    register_no   VARCHAR NOT NULL,
    task          VARCHAR NOT NULL CHECK (task IN ('topic', 'kind', 'poor_quality')),
    label         VARCHAR NOT NULL,
    confidence    DOUBLE NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    model_version INTEGER NOT NULL,
    needs_review  BOOLEAN NOT NULL,
    classified_at TIMESTAMP NOT NULL,
    PRIMARY KEY (register_no, task)
);

CREATE SEQUENCE appeal_label_id_seq START 1;
CREATE TABLE appeal_label (
    id           BIGINT PRIMARY KEY DEFAULT nextval('appeal_label_id_seq'),
    register_no  VARCHAR NOT NULL,
    task         VARCHAR NOT NULL CHECK (task IN ('topic', 'kind', 'poor_quality')),
    label        VARCHAR NOT NULL,
    corrected_by VARCHAR NOT NULL,
    corrected_at TIMESTAMP NOT NULL
);
