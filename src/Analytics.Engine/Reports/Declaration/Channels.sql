-- Channels.sql — channels through which appeals arrived in year N (Russian names), most used first.
SELECT coalesce(c.name_ru, a.channel) AS name
FROM appeal a LEFT JOIN channel c ON c.code = a.channel
WHERE year(a.received_at) = $year AND a.office_code IN (SELECT code FROM scope_office)
GROUP BY ALL
ORDER BY count(*) DESC, name
