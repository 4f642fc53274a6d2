-- FailedItems.sql — checklist items most often not done in year N (value 0, N/A excluded), with checks.
SELECT a.item_code AS item,
       count(*) FILTER (WHERE a.value_num = 0)::BIGINT AS failed,
       count(*)::BIGINT AS checked
FROM submission s
LEFT JOIN form_definition f ON f.id = s.definition_id
JOIN answer a ON a.submission_id = s.id
WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND year(s.submitted_at) = $year
  AND s.office_code IN (SELECT code FROM scope_office)
  AND s.id IN (SELECT submission_id FROM audit_review_current WHERE state = 'approved')   -- approved audits only (ADR 0022)
  AND NOT a.not_applicable AND a.value_num IN (0, 1)
GROUP BY ALL
HAVING count(*) FILTER (WHERE a.value_num = 0) > 0
ORDER BY failed DESC, item
LIMIT 15
