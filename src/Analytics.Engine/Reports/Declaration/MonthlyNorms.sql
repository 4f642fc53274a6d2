-- MonthlyNorms.sql — monthly series for the Declaration's trend charts, year N: average queue wait and
-- reception (minutes), written appeals answered and answered by the Standard's due date (appeal_due).
WITH q AS (
    SELECT month(issued_at)::INTEGER AS month, avg(wait_seconds) / 60.0 AS wait, avg(reception_seconds) / 60.0 AS reception
    FROM ($queue_at_norm) WHERE office_code IN (SELECT code FROM scope_office) GROUP BY ALL
), w AS (
    SELECT month(a.answered_at)::INTEGER AS month,
           count(*) FILTER (WHERE a.state IN ('on_time', 'late'))::BIGINT AS withdeadline,
           count(*) FILTER (WHERE a.state = 'on_time')::BIGINT AS ontime
    FROM appeal_due a JOIN channel c ON c.code = a.channel
    WHERE c.written AND year(a.answered_at) = $year AND a.office_code IN (SELECT code FROM scope_office) GROUP BY ALL
)
SELECT m.month AS month, q.wait AS wait, q.reception AS reception, coalesce(w.withdeadline, 0) AS withdeadline, coalesce(w.ontime, 0) AS ontime
FROM (SELECT unnest(range(1, 13))::INTEGER AS month) m
LEFT JOIN q ON q.month = m.month LEFT JOIN w ON w.month = m.month
ORDER BY m.month
