-- AnswerTimes.sql — appeals whose clock started in year N (registration; receipt when not recorded), by channel
-- group, judged by the Engine's appeal_due as of the report's day: the same appeals and states as
-- AppealDeadlines.Summary for the report's scope and year, so the group rows add up to the Declaration's and the
-- CLI's figures. answered/avgdays: answered by the report's day, calendar days from the clock start to the answer.
-- Needs appeal_due and scope_office.
WITH w AS (
    SELECT d.*, coalesce(c.report_group, 'other') AS channel_group
    FROM appeal_due d LEFT JOIN channel c ON c.code = d.channel
    WHERE d.office_code IN (SELECT code FROM scope_office) AND year(d.clock_at) = $year
)
SELECT channel_group AS "group",
       count(*)::BIGINT AS appeals,
       count(*) FILTER (WHERE state IN ('on_time', 'late'))::BIGINT AS answered,
       avg(epoch(answered_at - clock_at) / 86400.0) FILTER (WHERE state IN ('on_time', 'late')) AS avgdays,
       count(*) FILTER (WHERE state IN ('on_time', 'late', 'overdue'))::BIGINT AS withdeadline,
       count(*) FILTER (WHERE state = 'on_time')::BIGINT AS ontime,
       count(*) FILTER (WHERE state = 'late')::BIGINT AS late,
       count(*) FILTER (WHERE state = 'overdue')::BIGINT AS overdueopen,
       count(*) FILTER (WHERE register_later)::BIGINT AS registerlater
FROM w
GROUP BY ALL
ORDER BY "group"
