-- SurveyScores.sql — histogram of answers to the NPS, CSAT and CES items in submissions of year N (not
-- checklists): item code, integer value, count. N/A and non-numeric answers are excluded.
SELECT a.item_code AS item, CAST(round(a.value_num) AS INTEGER) AS value, count(*)::BIGINT AS n
FROM answer a JOIN submission s ON s.id = a.submission_id
WHERE year(s.submitted_at) = $year AND s.source <> 'checklist'
  AND a.item_code IN ($nps, $csat, $ces) AND a.value_num IS NOT NULL AND NOT a.not_applicable
  AND (s.office_code IN (SELECT code FROM scope_office) OR (s.office_code IS NULL AND (SELECT all_units FROM scope_info)))
GROUP BY ALL
ORDER BY item, value
