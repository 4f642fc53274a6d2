-- ControlCalls.sql — complaints received in year N and their control calls (000 §9.3): complaints, those with at
-- least one call, reached, and satisfied among the reached who answered the question.
WITH c AS (
    SELECT register_no FROM appeal
    WHERE kind = 'complaint' AND year(received_at) = $year AND office_code IN (SELECT code FROM scope_office)
), calls AS (
    SELECT cc.register_no, bool_or(cc.reached) AS reached,
           arg_max(cc.satisfied, cc.called_at) FILTER (WHERE cc.reached AND cc.satisfied IS NOT NULL) AS satisfied
    FROM control_call cc JOIN c USING (register_no)
    GROUP BY cc.register_no
)
SELECT (SELECT count(*) FROM c)::BIGINT AS complaints,
       count(*)::BIGINT AS called,
       count(*) FILTER (WHERE reached)::BIGINT AS reached,
       count(satisfied)::BIGINT AS answered,
       count(*) FILTER (WHERE satisfied)::BIGINT AS satisfied
FROM calls
