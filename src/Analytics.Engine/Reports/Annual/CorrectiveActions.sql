-- CorrectiveActions.sql — corrective actions (009) of the scope that were opened or fall due in year N: the
-- improvement programme of the Declaration and the annual report. Ordered by due date. Client cases (ADR 0027) are
-- work on one client's event, not measures of the programme, and are left out. The owner is printed by ФИО:
-- the owner_name placeholder is PersonNames.Sql, the one rule pages and exports name owners by.
SELECT title, $owner_name AS owner, due_on::TIMESTAMP AS dueon, status, source_kind AS sourcekind,
       coalesce(office_code, branch_code, '') AS unit, completed_on::TIMESTAMP AS completedon
FROM corrective_action
WHERE (year(due_on) = $year OR year(created_at) = $year) AND source_kind <> 'client_case'
  AND ((SELECT all_units FROM scope_info) OR office_code IN (SELECT code FROM scope_office) OR branch_code IN (SELECT code FROM scope_office))
ORDER BY due_on, id
