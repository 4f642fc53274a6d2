-- PhoneMonthly.sql — call-centre interval statistics of the scope's centres by month of year N: offered,
-- answered, abandoned, answered within the norm (where the export gives it), summed wait and handling seconds.
SELECT month(interval_start)::INTEGER AS month,
       sum(offered)::BIGINT AS offered,
       sum(answered)::BIGINT AS answered,
       sum(abandoned)::BIGINT AS abandoned,
       sum(answered_in_norm)::BIGINT AS answeredinnorm,
       sum(answered) FILTER (WHERE answered_in_norm IS NOT NULL)::BIGINT AS answeredwithnorm,
       sum(wait_seconds_total)::DOUBLE AS waitseconds,
       sum(handle_seconds_total)::DOUBLE AS handleseconds,
       sum(answered) FILTER (WHERE wait_seconds_total IS NOT NULL)::BIGINT AS answeredwithwait,
       sum(answered) FILTER (WHERE handle_seconds_total IS NOT NULL)::BIGINT AS answeredwithhandle,
       sum(closed_by_ivr)::BIGINT AS closedbyivr
FROM call_interval
WHERE year(interval_start) = $year AND center_code IN (SELECT code FROM scope_center)
GROUP BY ALL
ORDER BY month
