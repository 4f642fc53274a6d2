-- AppealDue.sql — the one definition of an appeal's deadline (issue 14): norm due date, one extension within its
-- limit, and the state as of $asof. Needs temp table appeal_rule (AppealRules.cs) and calendar_day; $asof,
-- $soon_wd, $reg_days and $reg_working are inlined literals. Working-day dates come from calendar_day.wd_seq;
-- outside the calendar → NULL.
-- The clock starts at registration (methodology §5). A register without a registration time keeps it NULL
-- (registration_missing, «нет времени регистрации»); its deadline is then counted from receipt, the earliest the
-- clock can have started, so a missing time never buys an appeal extra days.
-- state: on_time / late (answered by $asof), overdue / due_soon / open (not answered by $asof), NULL = not judged
-- (no norm, outside the calendar, not reviewed, or closed without an answer date).
CREATE OR REPLACE TEMP VIEW appeal_due AS
WITH working_day AS (SELECT day, wd_seq FROM calendar_day WHERE working),
horizon AS (
    SELECT max(w.day) AS last_day FROM calendar_day c JOIN working_day w ON w.wd_seq = c.wd_seq + $soon_wd WHERE c.day = $asof
),
base AS (
    SELECT a.*, coalesce(a.registered_at, a.received_at) AS clock_at, a.registered_at IS NULL AS registration_missing,
           CAST(coalesce(a.registered_at, a.received_at) AS DATE) AS reg_day,
           CASE WHEN a.contact_left IS NOT NULL THEN a.contact_left
                WHEN a.channel = 'answerphone' AND a.consumer_phone IS NOT NULL THEN 'phone'
                WHEN a.channel = 'answerphone' AND a.consumer_address IS NOT NULL THEN 'address' END AS contact,
           r.days, r.working, r.ext_days, r.setting AS rule_is_setting
    FROM appeal a
    LEFT JOIN appeal_rule r ON r.channel = a.channel AND r.consumer_type = a.consumer_type
        AND r.contact = coalesce(a.contact_left, CASE WHEN a.channel = 'answerphone' AND a.consumer_phone IS NOT NULL THEN 'phone'
                                                      WHEN a.channel = 'answerphone' AND a.consumer_address IS NOT NULL THEN 'address' END, '')
),
dated AS (
    SELECT b.*,
           CASE WHEN b.working THEN w1.day ELSE b.reg_day + b.days END AS due_day,
           CASE WHEN b.working THEN w2.day ELSE b.reg_day + b.days + b.ext_days END AS limit_day,
           CAST(b.extended_to AS DATE) AS extended_day,
           CAST(coalesce(b.extended_to, b.due_at) AS DATE) AS register_due,
           CASE WHEN $reg_working THEN w3.day ELSE CAST(b.received_at AS DATE) + $reg_days END AS registration_limit,
           CASE WHEN CAST(b.answered_at AS DATE) <= $asof THEN CAST(b.answered_at AS DATE) END AS answered_day
    FROM base b
    LEFT JOIN calendar_day c ON c.day = b.reg_day
    LEFT JOIN calendar_day cr ON cr.day = CAST(b.received_at AS DATE)
    -- Pure equi-joins (NULL for calendar-day rules): a non-equality term would force a nested-loop join.
    LEFT JOIN working_day w1 ON w1.wd_seq = CASE WHEN b.working THEN c.wd_seq + b.days END
    LEFT JOIN working_day w2 ON w2.wd_seq = CASE WHEN b.working THEN c.wd_seq + b.days + b.ext_days END
    LEFT JOIN working_day w3 ON w3.wd_seq = CASE WHEN $reg_working THEN cr.wd_seq + $reg_days END
),
judged AS (
    SELECT d.*,
           CASE WHEN d.extended_day > d.due_day THEN least(d.extended_day, d.limit_day) ELSE d.due_day END AS effective_due,
           CASE WHEN d.extended_day > d.due_day THEN d.extended_day <= d.limit_day END AS extension_ok
    FROM dated d
)
SELECT j.*,
       CASE
           WHEN j.effective_due IS NULL THEN NULL
           WHEN j.answered_day IS NOT NULL THEN CASE WHEN j.answered_day <= j.effective_due THEN 'on_time' ELSE 'late' END
           WHEN j.answered_at IS NULL AND j.status NOT IN ('open', 'in_progress') THEN NULL
           WHEN $asof > j.effective_due THEN 'overdue'
           WHEN j.effective_due <= (SELECT last_day FROM horizon) THEN 'due_soon'
           ELSE 'open'
       END AS state,
       CASE
           WHEN j.effective_due IS NULL THEN NULL
           WHEN j.answered_day IS NOT NULL THEN j.answered_day <= j.effective_due
           WHEN j.answered_at IS NULL AND j.status NOT IN ('open', 'in_progress') THEN NULL
           WHEN $asof > j.effective_due THEN false
       END AS on_time,
       j.register_due > j.effective_due AS register_later,
       CASE WHEN j.registered_at IS NOT NULL THEN CAST(j.registered_at AS DATE) <= j.registration_limit END AS registered_in_time,
       CASE WHEN j.reply_channel IS NOT NULL AND j.replied_via IS NOT NULL THEN j.reply_channel = j.replied_via END AS reply_channel_kept
FROM judged j;
