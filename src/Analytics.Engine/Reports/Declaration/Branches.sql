-- Branches.sql — branches of the scope with appeals per month in year N (for the per-branch appendix).
WITH RECURSIVE tree(branch, code) AS (
    SELECT code, code FROM org_unit WHERE level = 'branch'
    UNION
    SELECT t.branch, o.code FROM org_unit o JOIN tree t ON o.parent_code = t.code
)
SELECT b.code AS code, b.name AS name, month(a.received_at)::INTEGER AS month, count(a.register_no)::BIGINT AS n
FROM org_unit b
JOIN tree t ON t.branch = b.code
LEFT JOIN appeal a ON a.office_code = t.code AND year(a.received_at) = $year
WHERE b.level = 'branch' AND b.code IN (SELECT code FROM scope_office)
GROUP BY ALL
ORDER BY b.name, b.code, month
