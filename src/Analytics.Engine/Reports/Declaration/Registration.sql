-- Registration.sql — appeals received in year N, those with an executor assigned (001 §2.4.5), and the number of
-- distinct channels used, for the Declaration's scope.
SELECT count(*)::BIGINT AS appeals, count(executor)::BIGINT AS withexecutor
FROM appeal
WHERE year(received_at) = $year AND office_code IN (SELECT code FROM scope_office)
