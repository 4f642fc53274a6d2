-- MonthlyAppeals.sql — appeals received per month in N−1 and N (for the dynamics chart).
SELECT year(received_at)::INTEGER AS year, month(received_at)::INTEGER AS month, count(*)::BIGINT AS n
FROM appeal
WHERE office_code IN (SELECT code FROM scope_office) AND year(received_at) IN ($year - 1, $year)
GROUP BY ALL
ORDER BY year, month
