-- 030_case_notifications.sql — cases get notification kinds of their own (#18 item 3, ADR 0029): 'case_opened' (a new
-- case to its owner), 'case_escalated' (an overdue case handed to the next level's owner), 'case_due' and
-- 'case_overdue' (the daily reminders of a case, which until now shared the corrective actions' kinds).
-- DuckDB cannot alter a CHECK constraint, so the table is rebuilt with the same rows and ids (every kind of 028 and 029
-- kept). The case notifications already stored under an action's kind move to the case kinds: an escalation notice
-- (its message starts «Вам передано») becomes 'case_escalated', a reminder 'case_due' or 'case_overdue'.
CREATE TABLE notification_030 (
    id          BIGINT PRIMARY KEY DEFAULT nextval('notification_seq'),
    recipient   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('appeal_due', 'appeal_overdue', 'action_due', 'action_overdue', 'webhook_paused',
                                                 'survey_topic', 'case_opened', 'case_escalated', 'case_due', 'case_overdue')),
    subject_ref VARCHAR NOT NULL,
    due_on      DATE NOT NULL,
    message     VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    emailed_at  TIMESTAMP,
    read_at     TIMESTAMP,
    UNIQUE (recipient, kind, subject_ref, due_on)
);
INSERT INTO notification_030 (id, recipient, kind, subject_ref, due_on, message, created_at, emailed_at, read_at)
    SELECT n.id, n.recipient,
           CASE WHEN n.kind IN ('action_due', 'action_overdue')
                     AND n.subject_ref IN (SELECT CAST(id AS VARCHAR) FROM corrective_action WHERE source_kind = 'client_case')
                THEN CASE WHEN n.message LIKE 'Вам передано%' THEN 'case_escalated'
                          WHEN n.kind = 'action_due' THEN 'case_due' ELSE 'case_overdue' END
                ELSE n.kind END,
           n.subject_ref, n.due_on, n.message, n.created_at, n.emailed_at, n.read_at
    FROM notification n;
DROP TABLE notification;
ALTER TABLE notification_030 RENAME TO notification;
