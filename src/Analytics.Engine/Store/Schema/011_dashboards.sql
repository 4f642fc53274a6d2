-- 011_dashboards.sql — what the web host's scheduled jobs and downloads leave behind.
-- notification: in-app reminders of appeal and corrective-action deadlines. The unique key makes a reminder job
-- idempotent: running it twice on the same day adds nothing. recipient is a user name, 'branch:<code>' or 'all'.
CREATE SEQUENCE notification_seq START 1;
CREATE TABLE notification (
    id          BIGINT PRIMARY KEY DEFAULT nextval('notification_seq'),
    recipient   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('appeal_due', 'appeal_overdue', 'action_due', 'action_overdue')),
    subject_ref VARCHAR NOT NULL,
    due_on      DATE NOT NULL,
    message     VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    emailed_at  TIMESTAMP,
    read_at     TIMESTAMP,
    UNIQUE (recipient, kind, subject_ref, due_on)
);

-- access_log: who downloaded or exported what, and when (reports, CSV/XLSX exports) — kept for the data-protection review.
CREATE SEQUENCE access_log_seq START 1;
CREATE TABLE access_log (
    id         BIGINT PRIMARY KEY DEFAULT nextval('access_log_seq'),
    happened_at TIMESTAMP NOT NULL,
    user_name  VARCHAR NOT NULL,
    action     VARCHAR NOT NULL CHECK (action IN ('report', 'export')),
    what       VARCHAR NOT NULL,
    scope_code VARCHAR,
    detail     VARCHAR
);
