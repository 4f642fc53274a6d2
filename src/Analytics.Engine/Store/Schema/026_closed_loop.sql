-- 026_closed_loop.sql — invitations after service events (#18, ADR 0025): rules, consent and opt-out, the outbox (one
-- row per client × event × rule, unique: a client is never invited twice for the same event by the same rule), its
-- messages (the invitation and its reminders, each with a send state) and the Russian templates specialists edit.
-- Columns ending in _utc are UTC instants; event_at is the office's wall clock, as in the registers.

CREATE TABLE invitation_rule (
    code          VARCHAR PRIMARY KEY,
    title         VARCHAR NOT NULL,
    event_kind    VARCHAR NOT NULL CHECK (event_kind IN ('appeal_answered', 'queue_visit_finished', 'call_handled',
                                                         'grid_stage_completed', 'power_restored')),
    form_code     VARCHAR NOT NULL,
    delay_minutes INTEGER NOT NULL CHECK (delay_minutes >= 0),
    channel       VARCHAR NOT NULL CHECK (channel IN ('email', 'sms')),
    reminder_days VARCHAR NOT NULL DEFAULT '',
    valid_days    INTEGER NOT NULL DEFAULT 30 CHECK (valid_days > 0),
    active        BOOLEAN NOT NULL DEFAULT true
);

-- Consent to be asked about service quality; without a row nobody is invited.
CREATE TABLE client_consent (
    client_key VARCHAR PRIMARY KEY,
    given_at   TIMESTAMP NOT NULL,
    source     VARCHAR NOT NULL
);

-- Opt-out is forever: rows are never deleted by the invitation code.
CREATE TABLE client_opt_out (
    client_key       VARCHAR PRIMARY KEY,
    opted_out_at_utc TIMESTAMP NOT NULL,
    outbox_id        BIGINT
);

CREATE SEQUENCE invitation_outbox_seq START 1;
CREATE TABLE invitation_outbox (
    id                BIGINT PRIMARY KEY DEFAULT nextval('invitation_outbox_seq'),
    rule_code         VARCHAR NOT NULL,
    event_ref         VARCHAR NOT NULL,
    client_key        VARCHAR NOT NULL,
    office_code       VARCHAR,
    channel           VARCHAR NOT NULL,
    address           VARCHAR,
    event_at          TIMESTAMP NOT NULL,
    state             VARCHAR NOT NULL CHECK (state IN ('invited', 'suppressed')),
    suppressed_reason VARCHAR CHECK (suppressed_reason IS NULL OR suppressed_reason IN ('frequency', 'opt_out', 'no_consent', 'no_address')),
    token             VARCHAR,
    opened_at_utc     TIMESTAMP,
    started_at_utc    TIMESTAMP,
    opted_out_at_utc  TIMESTAMP,
    created_at_utc    TIMESTAMP NOT NULL,
    UNIQUE (client_key, event_ref, rule_code)
);

-- seq 0 is the invitation, 1.. its reminders. 'sending' carries a claim taken before the transport is called; a
-- claim older than the lease turns 'unknown' (may have left) and is never sent again — at most once (ADR 0025).
CREATE TABLE invitation_message (
    outbox_id        BIGINT NOT NULL,
    seq              INTEGER NOT NULL,
    due_at_utc       TIMESTAMP NOT NULL,
    state            VARCHAR NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'bounced', 'failed', 'unknown', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    claim            VARCHAR,
    claimed_at_utc   TIMESTAMP,
    message_id       VARCHAR,
    sent_at_utc      TIMESTAMP,
    delivered_at_utc TIMESTAMP,
    bounced_at_utc   TIMESTAMP,
    last_error       VARCHAR,
    PRIMARY KEY (outbox_id, seq)
);

-- Texts with placeholders {ссылка}, {отписка}, {офис}, {дата}; kind 'invitation' or 'reminder'.
CREATE TABLE invitation_template (
    channel    VARCHAR NOT NULL CHECK (channel IN ('email', 'sms')),
    kind       VARCHAR NOT NULL CHECK (kind IN ('invitation', 'reminder')),
    subject    VARCHAR,
    body       VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL DEFAULT 'system',
    PRIMARY KEY (channel, kind)
);
INSERT INTO invitation_template (channel, kind, subject, body) VALUES
 ('email', 'invitation', 'Оцените, пожалуйста, качество обслуживания',
  'Здравствуйте!

{дата} вы обращались в {офис}. Ответьте, пожалуйста, на несколько вопросов о том, как вас обслужили, — это займёт 2–3 минуты:
{ссылка}

Ссылка действует до {срок}.

Не хотите получать такие письма? Отписаться: {отписка}'),
 ('email', 'reminder', 'Напоминание: оцените качество обслуживания',
  'Здравствуйте!

Недавно мы просили вас оценить обслуживание в {офис}. Если у вас есть пара минут, ответьте, пожалуйста:
{ссылка}

Отписаться от писем: {отписка}'),
 ('sms', 'invitation', NULL, 'Оцените обслуживание в {офис}: {ссылка} Отказ от опросов: {отписка}'),
 ('sms', 'reminder', NULL, 'Напоминаем: оцените обслуживание {ссылка} Отказ: {отписка}');
