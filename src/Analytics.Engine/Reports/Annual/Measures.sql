-- Measures.sql — measures taken on appeals (appeal_measure) completed in year N, newest first.
SELECT m.register_no AS registerno, m.measure_no AS measureno, coalesce(m.description, '') AS description, m.completed_at AS completedat
FROM appeal_measure m JOIN appeal a ON a.register_no = m.register_no
WHERE year(m.completed_at) = $year AND a.office_code IN (SELECT code FROM scope_office)
ORDER BY m.completed_at DESC, m.register_no, m.measure_no
