-- IndicatorCounts.sql — every measure's counts per unit × month for months in [$from, $to): one pass per
-- source table. Needs the temp view appeal_due (Compliance/AppealDue.sql) and calendar_day. Norms arrive as
-- parameters ($wait_s, $reception_s, $total_s, $answer_s, $repeat_wd). Mean measures carry Σx in successes and Σx² in extra. Output: month, unit_code, measure, successes, n, extra.
-- count_if over only-NULL input is NULL in DuckDB, hence the coalesce on every branch.
WITH working_day AS (SELECT day, wd_seq FROM calendar_day WHERE working),
appeals AS (
    SELECT * FROM appeal_due
    WHERE clock_at >= $from AND clock_at < $to
),
with_measure AS (SELECT DISTINCT register_no FROM appeal_measure),
measure_done AS (
    SELECT a.register_no, a.consumer_key, m.completed_at, w.day AS window_end
    FROM appeal_measure m
    JOIN appeal a USING (register_no)
    JOIN calendar_day c ON c.day = CAST(m.completed_at AS DATE)
    JOIN working_day w ON w.wd_seq = c.wd_seq + $repeat_wd
    -- Only measures whose window can reach [$from, $to): N working days never span more than 2N + 14 calendar days.
    WHERE m.completed_at IS NOT NULL AND m.completed_at < $to
      AND m.completed_at >= $from - to_days(2 * $repeat_wd + 14)
),
repeats AS (
    SELECT x.register_no
    FROM appeals x JOIN measure_done d ON x.consumer_key = d.consumer_key
    WHERE x.kind = 'complaint' AND x.register_no <> d.register_no
      AND x.received_at > d.completed_at AND CAST(x.received_at AS DATE) <= d.window_end
    UNION
    SELECT x.register_no
    FROM appeals x JOIN measure_done d ON x.follow_up_of = d.register_no
    WHERE x.kind = 'complaint' AND x.received_at > d.completed_at AND CAST(x.received_at AS DATE) <= d.window_end
),
appeal_flags AS (
    SELECT date_trunc('month', a.clock_at)::DATE AS month, a.office_code AS unit_code,
           a.on_time, a.extension_ok, coalesce(a.poor_quality, false) AS poor_quality,
           a.registered_in_time, a.registration_missing, a.reply_channel_kept,
           wm.register_no IS NOT NULL AS has_measure, r.register_no IS NOT NULL AS is_repeat
    FROM appeals a
    LEFT JOIN with_measure wm USING (register_no)
    LEFT JOIN repeats r USING (register_no)
),
appeal_counts AS (
    SELECT month, unit_code,
           count_if(on_time) AS on_time_s, count(on_time) AS on_time_n,
           count_if(extension_ok) AS ext_s, count(extension_ok) AS ext_n,
           count_if(registered_in_time) AS reg_s, count(registered_in_time) AS reg_n, count_if(registration_missing) AS noreg_s,
           count_if(reply_channel_kept) AS reply_s, count(reply_channel_kept) AS reply_n,
           count_if(poor_quality) AS poor_s, count_if(has_measure) AS measure_s, count_if(is_repeat) AS repeat_s,
           count(*) AS all_n
    FROM appeal_flags GROUP BY ALL
),
-- Queue visits timed against the norms: the one definition in Compliance/QueueAtNorm.sql, inlined by IndicatorService.
queue_counts AS (
    SELECT date_trunc('month', issued_at)::DATE AS month, office_code AS unit_code,
           count_if(wait_in_norm) AS wait_s, count(wait_seconds) AS wait_n, sum(wait_seconds) AS wait_sum,
           count_if(reception_in_norm) AS rec_s, count(reception_seconds) AS rec_n, sum(reception_seconds) AS rec_sum,
           count_if(total_in_norm) AS tot_s, count(total_seconds) AS tot_n, sum(total_seconds) AS tot_sum,
           sum(power(wait_seconds / 60, 2)) AS wait_sq, sum(power(reception_seconds / 60, 2)) AS rec_sq
    FROM ($queue_at_norm)
    GROUP BY ALL
),
-- Calls re-timed to the methodology's answer norm: the one definition in Compliance/CallsAtNorm.sql, inlined here by
-- IndicatorService. An interval without a comparable count (in_norm NULL) is left out of the answered-in-norm share
-- and counted under calls.notComparable so the criterion can say why.
call_counts AS (
    SELECT date_trunc('month', started_at)::DATE AS month, center_code AS unit_code,
           sum(in_norm) AS in_norm, sum(offered) FILTER (WHERE in_norm IS NOT NULL) AS comparable,
           sum(abandoned) AS abandoned, sum(offered) AS offered,
           sum(offered) FILTER (WHERE in_norm IS NULL) AS nc_calls, count(*) FILTER (WHERE in_norm IS NULL AND is_interval) AS nc_rows,
           sum(search_seconds) AS search_sum, count(search_seconds) AS search_n, sum(search_seconds * search_seconds) AS search_sq,
           sum(after_call_seconds) AS after_sum, count(after_call_seconds) AS after_n, sum(after_call_seconds * after_call_seconds) AS after_sq
    FROM ($calls_at_norm)
    GROUP BY ALL
),
control_counts AS (
    SELECT date_trunc('month', k.called_at)::DATE AS month, a.office_code AS unit_code,
           count_if(k.satisfied) AS s, count_if(k.reached AND k.satisfied IS NOT NULL) AS n
    FROM control_call k JOIN appeal a USING (register_no)
    WHERE k.called_at >= $from AND k.called_at < $to
    GROUP BY ALL
),
form_answers AS (
    SELECT date_trunc('month', s.submitted_at)::DATE AS month, coalesce(s.office_code, '') AS unit_code,
           f.criterion_id, f.weight, a.value_num AS v
    FROM submission s
    JOIN answer a ON a.submission_id = s.id
    JOIN form_item_criterion f ON f.definition_id = s.definition_id AND f.version = s.version AND f.item_code = a.item_code
    WHERE s.submitted_at >= $from AND s.submitted_at < $to AND NOT a.not_applicable AND a.value_num IS NOT NULL
      AND $counted_submission   -- checklist audits count once approved (AuditReview.ReviewRules, ADR 0022)
),
form_counts AS (
    SELECT month, unit_code, criterion_id,
           sum(weight * least(greatest(v, 0), 1)) AS check_s, count(*) AS check_n, sum(weight) AS check_w,
           count_if(v >= 4 AND v <= 5) AS csat_s, count_if(v >= 1 AND v <= 5) AS csat_n,
           count_if(v >= 9 AND v <= 10) AS promoters, count_if(v >= 0 AND v <= 6) AS detractors,
           count_if(v >= 0 AND v <= 10) AS nps_n,
           count_if(v >= 5 AND v <= 7) AS ces_s, count_if(v >= 1 AND v <= 7) AS ces_n
    FROM form_answers GROUP BY ALL
)
SELECT month, unit_code, m.measure, coalesce(m.s, 0)::DOUBLE AS successes, coalesce(m.n, 0)::BIGINT AS n, m.extra::DOUBLE AS extra
FROM appeal_counts, LATERAL (VALUES
    ('appeals.onTime', on_time_s, on_time_n, NULL),
    ('appeals.extensionWithinLimit', ext_s, ext_n, NULL),
    ('appeals.registeredInTime', reg_s, reg_n, NULL),
    ('appeals.noRegistration', noreg_s, all_n, NULL),
    ('appeals.replyChannelKept', reply_s, reply_n, NULL),
    ('appeals.poorQuality', poor_s, all_n, NULL),
    ('appeals.withMeasures', measure_s, all_n, NULL),
    ('appeals.repeatDissatisfaction', repeat_s, all_n, NULL)) m(measure, s, n, extra)
UNION ALL
SELECT month, unit_code, m.measure, coalesce(m.s, 0), coalesce(m.n, 0), m.extra
FROM queue_counts, LATERAL (VALUES
    ('queue.waitWithinNorm', wait_s, wait_n, wait_sum),
    ('queue.receptionWithinNorm', rec_s, rec_n, rec_sum),
    ('queue.totalWithinNorm', tot_s, tot_n, tot_sum),
    ('queue.meanWait', wait_sum / 60, wait_n, wait_sq),
    ('queue.meanReception', rec_sum / 60, rec_n, rec_sq)) m(measure, s, n, extra)
UNION ALL
SELECT month, unit_code, m.measure, coalesce(m.s, 0), coalesce(m.n, 0), m.extra
FROM call_counts, LATERAL (VALUES
    ('calls.answeredWithinNorm', in_norm, comparable, NULL),
    ('calls.abandoned', abandoned, offered, NULL),
    ('calls.notComparable', nc_calls, nc_rows, NULL),
    ('calls.meanSearch', search_sum, search_n, search_sq),
    ('calls.meanAfterCall', after_sum, after_n, after_sq)) m(measure, s, n, extra)
UNION ALL
SELECT month, unit_code, 'controlCalls.satisfied', coalesce(s, 0), coalesce(n, 0), NULL FROM control_counts
UNION ALL
SELECT month, unit_code, m.measure || ':' || criterion_id, coalesce(m.s, 0), coalesce(m.n, 0), m.extra
FROM form_counts, LATERAL (VALUES
    ('forms.checklist', check_s, check_n, check_w),
    ('forms.csat', csat_s, csat_n, NULL),
    ('forms.nps', promoters, nps_n, detractors),
    ('forms.ces', ces_s, ces_n, NULL)) m(measure, s, n, extra)
