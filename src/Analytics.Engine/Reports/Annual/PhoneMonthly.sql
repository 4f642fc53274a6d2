-- PhoneMonthly.sql — call-centre figures of the scope's centres by month of year N: offered, answered, abandoned,
-- summed wait and handling seconds (interval statistics), and the calls answered within the methodology's answer
-- norm re-timed as the indicators count them (Compliance/CallsAtNorm.sql, inlined below: intervals and single
-- calls; answeredwithnorm = calls offered in rows comparable with the norm), so the phone table, the Declaration and
-- the Indicators page show one figure. exportedinnorm keeps the export's own column for comparison.
WITH i AS (
    SELECT month(interval_start)::INTEGER AS month,
           sum(offered)::BIGINT AS offered,
           sum(answered)::BIGINT AS answered,
           sum(abandoned)::BIGINT AS abandoned,
           sum(answered_in_norm)::BIGINT AS exportedinnorm,
           sum(wait_seconds_total)::DOUBLE AS waitseconds,
           sum(handle_seconds_total)::DOUBLE AS handleseconds,
           sum(answered) FILTER (WHERE wait_seconds_total IS NOT NULL)::BIGINT AS answeredwithwait,
           sum(answered) FILTER (WHERE handle_seconds_total IS NOT NULL)::BIGINT AS answeredwithhandle,
           sum(closed_by_ivr)::BIGINT AS closedbyivr
    FROM call_interval
    WHERE year(interval_start) = $year AND center_code IN (SELECT code FROM scope_center)
    GROUP BY ALL
), n AS (
    SELECT month(started_at)::INTEGER AS month, sum(in_norm)::BIGINT AS innorm,
           sum(offered) FILTER (WHERE in_norm IS NOT NULL)::BIGINT AS comparable
    FROM ($calls_at_norm) c
    WHERE c.center_code IN (SELECT code FROM scope_center)
    GROUP BY ALL
)
SELECT coalesce(i.month, n.month) AS month,
       coalesce(i.offered, 0) AS offered, coalesce(i.answered, 0) AS answered, coalesce(i.abandoned, 0) AS abandoned,
       n.innorm AS answeredinnorm, n.comparable AS answeredwithnorm, i.exportedinnorm AS exportedinnorm,
       i.waitseconds AS waitseconds, i.handleseconds AS handleseconds, i.answeredwithwait AS answeredwithwait,
       i.answeredwithhandle AS answeredwithhandle, i.closedbyivr AS closedbyivr
FROM i FULL JOIN n ON n.month = i.month
ORDER BY month
