-- OfficeWorkload.sql — per office of the scope: appeals received in N−1 and N, queue tickets in N, average wait
-- (issued → called) and service (called → finished) in minutes, tickets called within the wait norm — all from
-- the one queue definition (Compliance/QueueAtNorm.sql for the year, inlined by ReportFacts).
-- $through (12 for a finished year) cuts both years' appeals to the same months.
-- Offices with no activity in either year are listed only when org_unit knows them as offices.
WITH ap AS (
    SELECT office_code,
           count(*) FILTER (WHERE year(received_at) = $year AND month(received_at) <= $through)::BIGINT AS appeals,
           count(*) FILTER (WHERE year(received_at) = $year - 1 AND month(received_at) <= $through)::BIGINT AS appealsprev
    FROM appeal WHERE office_code IN (SELECT code FROM scope_office) GROUP BY office_code
), q AS (
    SELECT office_code,
           count(*)::BIGINT AS tickets,
           count(called_at)::BIGINT AS called,
           avg(wait_seconds) / 60.0 AS waitminutes,
           avg(reception_seconds) / 60.0 AS serviceminutes,
           count(*) FILTER (WHERE wait_in_norm)::BIGINT AS withinnorm
    FROM ($queue_at_norm)
    WHERE office_code IN (SELECT code FROM scope_office)
    GROUP BY office_code
)
SELECT s.code AS code,
       -- Offices of different branches may share a name («Центральный клиентский офис»): add the code then.
       CASE WHEN count(*) OVER (PARTITION BY u.name) > 1 THEN u.name || ' (' || s.code || ')' ELSE coalesce(u.name, s.code) END AS name, u.category::INTEGER AS category,
       coalesce(ap.appeals, 0) AS appeals, coalesce(ap.appealsprev, 0) AS appealsprev,
       coalesce(q.tickets, 0) AS tickets, coalesce(q.called, 0) AS called,
       q.waitminutes AS waitminutes, q.serviceminutes AS serviceminutes, coalesce(q.withinnorm, 0) AS withinnorm
FROM scope_office s
LEFT JOIN org_unit u ON u.code = s.code
LEFT JOIN ap ON ap.office_code = s.code
LEFT JOIN q ON q.office_code = s.code
WHERE (u.level IS NULL OR u.level = 'office')
  AND (u.level = 'office' OR coalesce(ap.appeals, 0) + coalesce(ap.appealsprev, 0) + coalesce(q.tickets, 0) > 0)
ORDER BY name, code
