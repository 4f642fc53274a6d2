-- Registration.sql — written appeals (post, e-mail and the other written channels; 002 §8.2.4, §8.4.3 require an
-- executor for these, not for oral ones) received in year N and those with an executor assigned, for the scope.
SELECT count(*)::BIGINT AS appeals, count(a.executor)::BIGINT AS withexecutor
FROM appeal a JOIN channel c ON c.code = a.channel
WHERE year(a.received_at) = $year AND a.office_code IN (SELECT code FROM scope_office) AND c.written
