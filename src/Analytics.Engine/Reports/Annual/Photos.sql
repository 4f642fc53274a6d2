-- Photos.sql — evidence photos (JPEG/PNG) of checklist submissions of year N in the scope, oldest first.
SELECT e.id, e.item_code AS item, e.file_name AS file, e.taken_at AS takenat, s.office_code AS office, base64(e.content) AS contentbase64
FROM evidence e JOIN submission s ON s.id = e.submission_id
WHERE year(s.submitted_at) = $year AND e.content IS NOT NULL
  AND e.content_type IN ('image/jpeg', 'image/png')
  AND s.office_code IN (SELECT code FROM scope_office)
ORDER BY coalesce(e.taken_at, s.submitted_at), e.id
LIMIT $limit
