-- DeadlineSummary.sql — counts of appeal_due by state and the deadline findings for one AppealScope.
SELECT count(*) AS Appeals,
       count(*) FILTER (WHERE d.state = 'on_time') AS OnTime,
       count(*) FILTER (WHERE d.state = 'late') AS Late,
       count(*) FILTER (WHERE d.state = 'overdue') AS Overdue,
       count(*) FILTER (WHERE d.state = 'due_soon') AS DueSoon,
       count(*) FILTER (WHERE d.state = 'open') AS Open,
       count(*) FILTER (WHERE d.register_later) AS RegisterLater,
       count(*) FILTER (WHERE d.registration_missing) AS NoRegistration,
       count(*) FILTER (WHERE d.registered_in_time) AS RegisteredInTime,
       count(d.registered_in_time) AS RegistrationJudged,
       count(*) FILTER (WHERE d.reply_channel_kept) AS ReplyChannelKept,
       count(d.reply_channel_kept) AS ReplyChannelJudged
FROM appeal_due d LEFT JOIN org_unit o ON o.code = d.office_code
WHERE $scope
