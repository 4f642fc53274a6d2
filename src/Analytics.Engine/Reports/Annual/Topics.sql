-- Topics.sql — appeals by topic (classifier or register) received in N−1 and N; no topic → '' (shown as
-- «не классифицировано»). Ordered by year-N volume.
SELECT coalesce(topic, '') AS topic,
       count(*) FILTER (WHERE year(received_at) = $year - 1)::BIGINT AS previous,
       count(*) FILTER (WHERE year(received_at) = $year)::BIGINT AS current
FROM appeal
WHERE office_code IN (SELECT code FROM scope_office) AND year(received_at) IN ($year - 1, $year)
  AND month(received_at) <= $through -- 12 for a finished year; the same months of both years otherwise
GROUP BY ALL
ORDER BY current DESC, topic
