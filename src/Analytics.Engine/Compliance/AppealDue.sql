-- AppealDue.sql — each appeal's norm due date, one extension within its limit, and the on-time flag.
-- Needs temp table appeal_rule(channel, consumer_type, days, working, ext_days) and calendar_day; $asof is the
-- day open appeals are judged on. Working-day dates come from calendar_day.wd_seq; outside the calendar → NULL.
CREATE OR REPLACE TEMP VIEW appeal_due AS
WITH working_day AS (SELECT day, wd_seq FROM calendar_day WHERE working),
base AS (
    SELECT a.register_no, a.office_code, a.channel, a.consumer_type, a.kind, a.status, a.consumer_key,
           a.follow_up_of, a.poor_quality, a.received_at, a.registered_at, a.answered_at, a.extended_to,
           CAST(a.registered_at AS DATE) AS reg_day, r.days, r.working, r.ext_days
    FROM appeal a
    JOIN appeal_rule r ON r.channel = a.channel AND r.consumer_type = a.consumer_type
),
dated AS (
    SELECT b.*,
           CASE WHEN b.working THEN w1.day ELSE b.reg_day + b.days END AS due_day,
           CASE WHEN b.working THEN w2.day ELSE b.reg_day + b.days + b.ext_days END AS limit_day,
           CAST(b.extended_to AS DATE) AS extended_day
    FROM base b
    LEFT JOIN calendar_day c ON c.day = b.reg_day
    -- Pure equi-joins (NULL for calendar-day rules): a non-equality term would force a nested-loop join.
    LEFT JOIN working_day w1 ON w1.wd_seq = CASE WHEN b.working THEN c.wd_seq + b.days END
    LEFT JOIN working_day w2 ON w2.wd_seq = CASE WHEN b.working THEN c.wd_seq + b.days + b.ext_days END
)
SELECT d.*,
       CASE WHEN d.extended_day > d.due_day THEN least(d.extended_day, d.limit_day) ELSE d.due_day END AS effective_due,
       CASE WHEN d.extended_day > d.due_day THEN d.extended_day <= d.limit_day END AS extension_ok,
       CASE
           WHEN d.due_day IS NULL THEN NULL
           WHEN d.status = 'not_reviewed' AND d.answered_at IS NULL THEN NULL
           WHEN d.answered_at IS NOT NULL THEN CAST(d.answered_at AS DATE)
                <= (CASE WHEN d.extended_day > d.due_day THEN least(d.extended_day, d.limit_day) ELSE d.due_day END)
           WHEN CAST($asof AS DATE) > (CASE WHEN d.extended_day > d.due_day THEN least(d.extended_day, d.limit_day) ELSE d.due_day END) THEN false
       END AS on_time
FROM dated d;
