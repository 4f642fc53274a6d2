-- Audits.sql — checklist audits (incl. mystery shopper) of year N per form: audits, offices, yes/no items checked
-- and passed (value 1 = done, 0 = not done; N/A excluded). Unweighted: form weights live in the form definition.
SELECT coalesce(f.title_ru, s.definition_id) AS form,
       count(DISTINCT s.id)::BIGINT AS audits,
       count(DISTINCT s.office_code)::BIGINT AS offices,
       count(a.item_code) FILTER (WHERE NOT a.not_applicable AND a.value_num IN (0, 1))::BIGINT AS checked,
       count(a.item_code) FILTER (WHERE NOT a.not_applicable AND a.value_num = 1)::BIGINT AS passed
FROM submission s
LEFT JOIN form_definition f ON f.id = s.definition_id
LEFT JOIN answer a ON a.submission_id = s.id
WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND year(s.submitted_at) = $year
  AND s.office_code IN (SELECT code FROM scope_office)
  AND s.id IN (SELECT submission_id FROM audit_review_current WHERE state = 'approved')   -- approved audits only (ADR 0022)
GROUP BY ALL
ORDER BY form
