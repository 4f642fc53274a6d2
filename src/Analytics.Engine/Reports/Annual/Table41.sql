-- Table41.sql — appendix 7 (Минэнерго N 186) table 4.1: appeals by category × channel group × year (N−1, N).
-- Rows all/complaint/service_request/contract count appeals RECEIVED in the year; complaint_settled counts
-- complaints answered or settled (answered_at) in the year. Unknown channel codes count under 'other'.
-- $through (12 for a finished year) cuts both years to the same months, so a running year is compared like for like.
WITH a AS (
    SELECT a.kind, a.status, a.outcome, coalesce(c.report_group, 'other') AS channel_group,
           year(a.received_at) AS y_received, year(a.answered_at) AS y_answered,
           month(a.received_at) AS m_received, month(a.answered_at) AS m_answered
    FROM appeal a LEFT JOIN channel c ON c.code = a.channel
    WHERE a.office_code IN (SELECT code FROM scope_office)
)
SELECT 'all' AS category, channel_group AS "group", y_received AS year, count(*)::BIGINT AS n
FROM a WHERE y_received IN ($year - 1, $year) AND m_received <= $through GROUP BY ALL
UNION ALL
SELECT 'complaint', channel_group, y_received, count(*)::BIGINT
FROM a WHERE kind = 'complaint' AND y_received IN ($year - 1, $year) AND m_received <= $through GROUP BY ALL
UNION ALL
SELECT 'service_request', channel_group, y_received, count(*)::BIGINT
FROM a WHERE kind = 'service_request' AND y_received IN ($year - 1, $year) AND m_received <= $through GROUP BY ALL
UNION ALL
SELECT 'contract', channel_group, y_received, count(*)::BIGINT
FROM a WHERE outcome IN ('tc_contract', 'transmission_contract') AND y_received IN ($year - 1, $year) AND m_received <= $through GROUP BY ALL
UNION ALL
SELECT 'complaint_settled', channel_group, y_answered, count(*)::BIGINT
FROM a WHERE kind = 'complaint' AND status IN ('answered', 'settled') AND y_answered IN ($year - 1, $year) AND m_answered <= $through GROUP BY ALL
