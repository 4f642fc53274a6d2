-- AnswerTimes.sql — written appeals answered in year N by channel group: count, average calendar days from
-- registration to answer, answered by the due date of the register (extended_to when extended), and those
-- with a due date at all. overdue_open: still open at the year end past their due date.
WITH w AS (
    SELECT a.*, coalesce(c.report_group, 'other') AS channel_group, coalesce(a.extended_to, a.due_at) AS deadline
    FROM appeal a JOIN channel c ON c.code = a.channel
    WHERE c.written AND a.office_code IN (SELECT code FROM scope_office)
)
SELECT channel_group AS "group",
       count(*) FILTER (WHERE year(answered_at) = $year)::BIGINT AS answered,
       avg(epoch(answered_at - registered_at) / 86400.0) FILTER (WHERE year(answered_at) = $year) AS avgdays,
       count(*) FILTER (WHERE year(answered_at) = $year AND deadline IS NOT NULL)::BIGINT AS withdeadline,
       count(*) FILTER (WHERE year(answered_at) = $year AND answered_at <= deadline)::BIGINT AS ontime,
       count(*) FILTER (WHERE answered_at IS NULL AND status IN ('open', 'in_progress')
                          AND deadline < make_timestamp($year + 1, 1, 1, 0, 0, 0)
                          AND registered_at < make_timestamp($year + 1, 1, 1, 0, 0, 0))::BIGINT AS overdueopen
FROM w
GROUP BY ALL
ORDER BY "group"
