-- InputFingerprint.sql — one hash per month of everything the counts of that month read, so a refresh can
-- recompute only the months whose inputs changed. Measures also touch the 3 months after completion (the
-- 30-working-day repeat window); months with open appeals change daily (they become overdue with time).
-- Output: month DATE, fingerprint UBIGINT. Global inputs (calendar, mapping) are folded in by the caller.
WITH parts AS (
    SELECT date_trunc('month', coalesce(registered_at, received_at))::DATE AS month,
           hash(register_no, office_code, channel, consumer_type, kind, status, poor_quality, consumer_key,
                follow_up_of, received_at, registered_at, answered_at, extended_to, contact_left, consumer_phone, consumer_address) AS h
    FROM appeal
    UNION ALL
    SELECT DISTINCT date_trunc('month', coalesce(registered_at, received_at))::DATE, hash(current_date, 'open')
    FROM appeal WHERE answered_at IS NULL
    UNION ALL
    SELECT date_trunc('month', coalesce(a.registered_at, a.received_at))::DATE, hash(m.register_no, m.measure_no, m.completed_at)
    FROM appeal_measure m JOIN appeal a USING (register_no)
    UNION ALL
    SELECT date_trunc('month', m.completed_at + to_months(k))::DATE, hash(m.register_no, m.measure_no, m.completed_at, k)
    FROM appeal_measure m, range(0, 3) t(k) WHERE m.completed_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('month', issued_at)::DATE, hash(office_code, ticket, issued_at, called_at, finished_at) FROM queue_visit
    UNION ALL
    SELECT date_trunc('month', interval_start)::DATE, hash(center_code, interval_start, routed_unit, offered, answered, abandoned, answered_in_norm, norm_seconds, wait_distribution)
    FROM call_interval
    UNION ALL
    SELECT date_trunc('month', started_at)::DATE, hash(call_id, center_code, started_at, wait_seconds, answered, search_seconds, after_call_seconds) FROM call_record
    UNION ALL
    SELECT date_trunc('month', k.called_at)::DATE, hash(k.register_no, k.called_at, k.reached, k.satisfied, a.office_code)
    FROM control_call k JOIN appeal a USING (register_no)
    UNION ALL
    -- One string per answer: hash(x, y, …) folds its arguments so that a value shared by every answer of an audit (its
    -- review state) cancels out of the month's bit_xor when the audit has an even number of answers — an approval
    -- then left the print unchanged and the refresh never counted the audit (found by the #16 browser flow).
    SELECT date_trunc('month', s.submitted_at)::DATE,
           hash(concat_ws(chr(31), a.submission_id, a.item_code, coalesce(CAST(a.value_num AS VARCHAR), '-'), CAST(a.not_applicable AS VARCHAR),
                          coalesce(s.office_code, '-'), coalesce(r.state, '-')))
    FROM answer a JOIN submission s ON s.id = a.submission_id LEFT JOIN audit_review_current r ON r.submission_id = s.id
)
SELECT month, bit_xor(h) AS fingerprint FROM parts WHERE month IS NOT NULL GROUP BY month
