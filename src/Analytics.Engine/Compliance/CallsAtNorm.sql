-- CallsAtNorm.sql — the one definition of "answered within the methodology's answer norm" for calls (#14 item 4,
-- ADR 0020): interval statistics and single calls in [$calls_from, $calls_to), each row with the export's own
-- answered_in_norm and in_norm re-timed to $answer_s. An interval measured at $answer_s (or that does not say its
-- threshold) keeps answered_in_norm; any other takes the count at $answer_s from its cumulative wait distribution
-- ("20:150 40:180"; pairs split by ';', '|' or spaces); without one in_norm is NULL: not comparable with the norm.
-- A single call is in the norm when answered within $answer_s. CallsAtNorm.cs inlines the three values; the
-- indicators, the annual report and Declaration, NormComplianceService and /records/calls all read these rows.
WITH dist_at_norm AS (
    SELECT center_code, interval_start, routed_unit, max(TRY_CAST(trim(split_part(e, ':', 2)) AS DOUBLE)) AS in_norm
    FROM (SELECT center_code, interval_start, routed_unit, unnest(string_split_regex(trim(wait_distribution), '[;|\s]+')) AS e
          FROM call_interval
          WHERE wait_distribution IS NOT NULL AND interval_start >= $calls_from AND interval_start < $calls_to)
    WHERE TRY_CAST(trim(split_part(e, ':', 1)) AS DOUBLE) = $answer_s
    GROUP BY ALL
)
SELECT i.center_code, i.interval_start AS started_at, i.interval_minutes, i.routed_unit, NULL::VARCHAR AS call_id, true AS is_interval,
       i.offered, i.answered, i.abandoned, i.answered_in_norm AS exported_in_norm,
       CASE WHEN (i.norm_seconds IS NULL OR i.norm_seconds = $answer_s) AND i.answered_in_norm IS NOT NULL
            THEN i.answered_in_norm ELSE d.in_norm END AS in_norm,
       NULL::DOUBLE AS wait_seconds, NULL::DOUBLE AS search_seconds, NULL::DOUBLE AS after_call_seconds
FROM call_interval i LEFT JOIN dist_at_norm d USING (center_code, interval_start, routed_unit)
WHERE i.interval_start >= $calls_from AND i.interval_start < $calls_to
UNION ALL
SELECT center_code, started_at, NULL, coalesce(routed_unit, ''), call_id, false,
       1, CASE WHEN answered THEN 1 ELSE 0 END, CASE WHEN NOT answered THEN 1 ELSE 0 END, NULL,
       CASE WHEN answered AND wait_seconds <= $answer_s THEN 1 ELSE 0 END,
       wait_seconds, search_seconds, after_call_seconds
FROM call_record WHERE started_at >= $calls_from AND started_at < $calls_to
