-- 029_survey_insight.sql — emerging survey topics are posted as in-app notifications to quality specialists
-- (kind 'survey_topic'; subject_ref '<form>/<week|month>/<topic>', due_on the first day of the period the topic rose
-- in, so the unique key posts a topic once per period and recipient; ADR 0024 addendum).
-- DuckDB cannot alter a CHECK constraint, so the table is rebuilt with the same rows (nothing references it by key).
CREATE TABLE notification_029 (
    id          BIGINT PRIMARY KEY DEFAULT nextval('notification_seq'),
    recipient   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('appeal_due', 'appeal_overdue', 'action_due', 'action_overdue', 'webhook_paused', 'survey_topic')),
    subject_ref VARCHAR NOT NULL,
    due_on      DATE NOT NULL,
    message     VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    emailed_at  TIMESTAMP,
    read_at     TIMESTAMP,
    UNIQUE (recipient, kind, subject_ref, due_on)
);
INSERT INTO notification_029 (id, recipient, kind, subject_ref, due_on, message, created_at, emailed_at, read_at)
    SELECT id, recipient, kind, subject_ref, due_on, message, created_at, emailed_at, read_at FROM notification;
DROP TABLE notification;
ALTER TABLE notification_029 RENAME TO notification;

-- sentiment_correction: a quality specialist's sentiment for one comment (submission × free-text item), kept as
-- history; the newest per comment wins over the label the scores imply, in the feed and in the sentiment model's
-- training data (as appeal classification corrections feed the classifier's retraining).
CREATE TABLE sentiment_correction (
    submission_id VARCHAR NOT NULL,
    item_code     VARCHAR NOT NULL,
    label         VARCHAR NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
    corrected_by  VARCHAR NOT NULL,
    corrected_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (submission_id, item_code, corrected_at)
);
