-- Distribution.sql — appeals received in a quarter by classification parameter (kind, channel group, consumer
-- type, topic, outcome), with the previous quarter and the same quarter a year earlier for dynamics.
-- Parameters: $from / $to (this quarter), $prev_from (previous quarter start), $ly_from / $ly_to (a year earlier).
-- deadline: the Engine's state by the Standard (appeal_due, judged at the quarter end; 'none' = not judged).
WITH a AS (
    SELECT a.kind, coalesce(c.report_group, 'other') AS channel_group, a.consumer_type,
           coalesce(a.topic, '') AS topic, coalesce(a.outcome, CASE WHEN a.answered_at IS NULL THEN 'pending' ELSE 'other' END) AS outcome,
           coalesce(d.state, 'none') AS deadline,
           CASE WHEN a.received_at >= $from AND a.received_at < $to THEN 'cur'
                WHEN a.received_at >= $prevfrom AND a.received_at < $from THEN 'prev'
                WHEN a.received_at >= $lyfrom AND a.received_at < $lyto THEN 'ly' END AS period
    FROM appeal a LEFT JOIN channel c ON c.code = a.channel LEFT JOIN appeal_due d ON d.register_no = a.register_no
    WHERE a.office_code IN (SELECT code FROM scope_office)
), long AS (
    SELECT 'kind' AS parameter, kind AS category, period FROM a
    UNION ALL SELECT 'channel', channel_group, period FROM a
    UNION ALL SELECT 'consumer', consumer_type, period FROM a
    UNION ALL SELECT 'topic', topic, period FROM a
    UNION ALL SELECT 'outcome', outcome, period FROM a
    UNION ALL SELECT 'deadline', deadline, period FROM a
)
SELECT parameter, category,
       count(*) FILTER (WHERE period = 'cur')::BIGINT AS current,
       count(*) FILTER (WHERE period = 'prev')::BIGINT AS previous,
       count(*) FILTER (WHERE period = 'ly')::BIGINT AS lastyear
FROM long
WHERE period IS NOT NULL
GROUP BY ALL
ORDER BY parameter, current DESC, category
