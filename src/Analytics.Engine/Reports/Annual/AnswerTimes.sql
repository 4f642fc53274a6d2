-- AnswerTimes.sql — written appeals answered in year N by channel group: count, average calendar days from the
-- start of the clock (registration; receipt when not recorded) to answer, answered by the Standard's due date
-- (the Engine's appeal_due, judged as of the year end), and register due dates later than the Standard's.
-- overdue_open: not answered at the year end past the Standard's due date. Needs appeal_due and scope_office.
WITH w AS (
    SELECT d.*, coalesce(c.report_group, 'other') AS channel_group
    FROM appeal_due d JOIN channel c ON c.code = d.channel
    WHERE c.written AND d.office_code IN (SELECT code FROM scope_office)
)
SELECT channel_group AS "group",
       count(*) FILTER (WHERE year(answered_at) = $year)::BIGINT AS answered,
       avg(epoch(answered_at - clock_at) / 86400.0) FILTER (WHERE year(answered_at) = $year) AS avgdays,
       count(*) FILTER (WHERE year(answered_at) = $year AND state IN ('on_time', 'late'))::BIGINT AS withdeadline,
       count(*) FILTER (WHERE year(answered_at) = $year AND state = 'on_time')::BIGINT AS ontime,
       count(*) FILTER (WHERE state = 'overdue')::BIGINT AS overdueopen,
       count(*) FILTER (WHERE year(clock_at) = $year AND register_later)::BIGINT AS registerlater
FROM w
GROUP BY ALL
ORDER BY "group"
