-- 028_webhooks.sql — webhooks (#18 item 4, ADR 0028): an outbox of events written in the transaction that commits
-- what they announce, the subscribers (secret kept protected by the host, never in clear), one delivery per
-- subscriber × event (its id is stable across retries, so a receiver can dedupe) and a log row per HTTP attempt.
-- Also the published quarters of the public results page (#18 item 5) and the notification kind 'webhook_paused'.

CREATE SEQUENCE webhook_event_seq START 1;
CREATE TABLE webhook_event (
    id             BIGINT PRIMARY KEY DEFAULT nextval('webhook_event_seq'),
    event_id       VARCHAR NOT NULL UNIQUE,
    type           VARCHAR NOT NULL CHECK (type IN ('submission.stored', 'case.opened', 'case.closed', 'import.finished',
                                                    'report.generated', 'ping')),
    body           VARCHAR NOT NULL,
    created_at_utc TIMESTAMP NOT NULL
);

-- events: comma-separated event types. secret: the host's protected form (ASP.NET data protection).
CREATE SEQUENCE webhook_subscriber_seq START 1;
CREATE TABLE webhook_subscriber (
    id                   BIGINT PRIMARY KEY DEFAULT nextval('webhook_subscriber_seq'),
    name                 VARCHAR NOT NULL,
    url                  VARCHAR NOT NULL,
    secret               VARCHAR NOT NULL,
    events               VARCHAR NOT NULL,
    state                VARCHAR NOT NULL CHECK (state IN ('active', 'paused')),
    paused_reason        VARCHAR,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    created_at_utc       TIMESTAMP NOT NULL,
    updated_at_utc       TIMESTAMP NOT NULL
);

-- 'sending' carries a claim; a claim older than the lease goes back to 'pending' (at least once: the receiver dedupes
-- by the delivery id). 'failed' = MaxAttempts used up.
CREATE TABLE webhook_delivery (
    id               VARCHAR PRIMARY KEY,
    subscriber_id    BIGINT NOT NULL,
    event_id         BIGINT NOT NULL,
    state            VARCHAR NOT NULL CHECK (state IN ('pending', 'sending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    due_at_utc       TIMESTAMP NOT NULL,
    claim            VARCHAR,
    claimed_at_utc   TIMESTAMP,
    delivered_at_utc TIMESTAMP,
    last_error       VARCHAR,
    UNIQUE (subscriber_id, event_id)
);

-- Every HTTP attempt: status NULL when no answer came (error says why).
CREATE TABLE webhook_attempt (
    delivery_id VARCHAR NOT NULL,
    attempt     INTEGER NOT NULL,
    at_utc      TIMESTAMP NOT NULL,
    status      INTEGER,
    error       VARCHAR,
    duration_ms INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);

-- A quarter published on the public results page (company and every branch); no row = 404.
CREATE TABLE result_publication (
    year             INTEGER NOT NULL,
    quarter          INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    published_at_utc TIMESTAMP NOT NULL,
    published_by     VARCHAR NOT NULL,
    PRIMARY KEY (year, quarter)
);

-- notification gains the kind 'webhook_paused' (a CHECK cannot be altered in DuckDB: the table is rebuilt, rows and
-- ids kept, the sequence untouched).
ALTER TABLE notification RENAME TO notification_before_028;
CREATE TABLE notification (
    id          BIGINT PRIMARY KEY DEFAULT nextval('notification_seq'),
    recipient   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('appeal_due', 'appeal_overdue', 'action_due', 'action_overdue', 'webhook_paused')),
    subject_ref VARCHAR NOT NULL,
    due_on      DATE NOT NULL,
    message     VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    emailed_at  TIMESTAMP,
    read_at     TIMESTAMP,
    UNIQUE (recipient, kind, subject_ref, due_on)
);
INSERT INTO notification SELECT id, recipient, kind, subject_ref, due_on, message, created_at, emailed_at, read_at FROM notification_before_028;
DROP TABLE notification_before_028;
