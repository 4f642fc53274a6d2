-- DueList.sql — appeals with their norm due date for the compliance lists. Needs the temp view appeal_due.
-- $kind: 'overdue' (open past due, or answered late), 'due_soon' (open, due within $soon working days of $asof), 'all'.
-- Appeals outside the calendar (due_day NULL) are listed only under 'all'.
WITH working_day AS (SELECT day, wd_seq FROM calendar_day WHERE working),
horizon AS (
    SELECT w.day AS last_day FROM calendar_day c JOIN working_day w ON w.wd_seq = c.wd_seq + $soon WHERE c.day = $asof
)
SELECT d.register_no AS RegisterNo, d.office_code AS OfficeCode, d.channel AS Channel, d.consumer_type AS ConsumerType,
       d.kind AS Kind, d.status AS Status, d.registered_at AS RegisteredAt, d.due_day AS DueDay, d.limit_day AS LimitDay,
       d.extended_day AS ExtendedDay, d.effective_due AS EffectiveDue, d.extension_ok AS ExtensionOk,
       d.answered_at AS AnsweredAt, d.on_time AS OnTime
FROM appeal_due d
WHERE ($office IS NULL OR d.office_code = $office)
  AND CASE $kind
        WHEN 'overdue' THEN d.on_time = false
        WHEN 'due_soon' THEN d.answered_at IS NULL AND d.effective_due >= $asof
                             AND d.effective_due <= (SELECT last_day FROM horizon)
        ELSE true
      END
ORDER BY d.effective_due NULLS LAST, d.register_no
