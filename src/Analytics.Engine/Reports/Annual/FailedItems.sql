-- FailedItems.sql — the answers of year N's approved checklist audits (N/A excluded) that a rule can judge; ReportFacts
-- judges each by AuditRules (the act's and the Audits page's rule) and keeps the 15 items most often not done, with checks.
SELECT s.id AS SubmissionId, s.definition_id AS DefinitionId, s.version AS Version, a.item_code AS ItemCode,
       a.value_num AS Number, a.value_text AS Text, a.not_applicable AS NotApplicable
FROM submission s
LEFT JOIN form_definition f ON f.id = s.definition_id
JOIN answer a ON a.submission_id = s.id
WHERE (s.source = 'checklist' OR f.kind = 'checklist') AND year(s.submitted_at) = $year
  AND s.office_code IN (SELECT code FROM scope_office)
  AND s.id IN (SELECT submission_id FROM audit_review_current WHERE state = 'approved')   -- approved audits only (ADR 0022)
  AND NOT a.not_applicable AND (a.value_num IS NOT NULL OR a.value_text IN ('yes', 'no'))
