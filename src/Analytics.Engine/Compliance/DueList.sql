-- DueList.sql — appeals with their norm deadline for the lists. Needs the temp view appeal_due.
-- $state: a state of appeal_due ('overdue', 'due_soon', 'open', 'on_time', 'late'), 'register_later',
-- 'no_registration', or 'all'. Appeals not judged (state NULL) are listed only under 'all' and the two findings.
SELECT d.register_no AS RegisterNo, d.office_code AS OfficeCode, d.channel AS Channel, d.consumer_type AS ConsumerType,
       d.kind AS Kind, d.status AS Status, d.received_at AS ReceivedAt, d.registered_at AS RegisteredAt,
       d.due_day AS DueDay, d.limit_day AS LimitDay, d.extended_day AS ExtendedDay, d.effective_due AS EffectiveDue,
       d.extension_ok AS ExtensionOk, d.answered_at AS AnsweredAt, d.on_time AS OnTime, d.state AS State,
       d.register_due AS RegisterDue, d.contact AS Contact, d.rule_is_setting AS RuleIsSetting,
       d.consumer_name AS ConsumerName, d.consumer_phone AS ConsumerPhone
FROM appeal_due d LEFT JOIN org_unit o ON o.code = d.office_code
WHERE $scope
  AND CASE $state
        WHEN 'all' THEN true
        WHEN 'register_later' THEN coalesce(d.register_later, false)
        WHEN 'no_registration' THEN d.registration_missing
        ELSE d.state = $state
      END
ORDER BY d.effective_due NULLS LAST, d.register_no
LIMIT $limit
