using Analytics.Engine.Actions;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// Six corrective actions for the demo (D24: "the demo has no actions at all"), taken from what the demo produced:
/// two complaints answered late, two failed checklist items (a staff-training measure when the demo has no audits),
/// an indicator of last year and a company-wide training. Owners are the demo's quality specialists
/// (<see cref="DemoStaff"/>, users by login), three are overdue on <c>today</c>, one is done and one verified, so every list and tile has
/// something to show. Runs once: a store that already holds demo actions is left alone.
/// </summary>
internal static class ActionDemoGenerator
{
    private const string Actor = Audit.AuditTrail.Demo;

    private static readonly string[] Owners = [.. DemoStaff.ActionOwners.Select(p => p.Login)];

    private sealed record Planned(ActionSource Source, string Ref, ActionDraft Draft, string? Office, string? Branch,
        int DueInDays, ActionStatus Status, VerificationKind Verification);

    /// <summary>Writes the actions; <paramref name="nowUtc"/> is a UTC instant (actions are stamped in UTC).</summary>
    public static int Generate(AnalyticsStore store, DateOnly today, DateTime nowUtc)
    {
        using var c = store.Open();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM corrective_action WHERE created_by = $actor", new { actor = Actor }) > 0) return 0;
        var names = new OrgDirectory(store).DisplayNames();
        string Office(string? code) => code is not null && names.TryGetValue(code, out var n) ? n : code ?? OfficeNames.Company();

        var planned = new List<Planned>();
        // Complaints answered late (or still unanswered) in the last two months, from two different offices: "late"
        // and "overdue" as the Engine's one deadline rule judges them (appeal_due), not the register's own due date.
        new Compliance.AppealDeadlines(store).Prepare(c, today);
        var complaints = c.Query<(string RegisterNo, string OfficeCode, string? Branch, DateTime DueAt)>("""
            SELECT d.register_no, d.office_code, o.parent_code, CAST(d.effective_due AS TIMESTAMP)
            FROM appeal_due d LEFT JOIN org_unit o ON o.code = d.office_code
            WHERE d.kind = 'complaint' AND d.state IN ('late', 'overdue') AND CAST(d.effective_due AS DATE) < $today
              AND CAST(d.effective_due AS DATE) >= $today - INTERVAL 60 DAY
            QUALIFY row_number() OVER (PARTITION BY d.office_code ORDER BY d.effective_due DESC, d.register_no) = 1
            ORDER BY d.effective_due DESC, d.register_no LIMIT 2
            """, new { today }).ToList();

        // The latest failed checklist items (by the one rule, AuditRules), two different ones.
        var texts = new FormItemTexts(store);
        var judge = new AuditActs.AuditItemJudge(c);
        var failed = c.Query<(string Submission, string? OfficeCode, string? Branch, string Form, string Definition, int Version, string Item, DateTime At,
                double? Number, string? Text, bool NotApplicable)>($"""
            SELECT s.id, s.office_code, o.parent_code, coalesce(f.title_ru, s.definition_id), s.definition_id, s.version, a.item_code, s.submitted_at,
                   a.value_num, a.value_text, a.not_applicable
            FROM submission s JOIN answer a ON a.submission_id = s.id JOIN form_definition f ON f.id = s.definition_id
            LEFT JOIN org_unit o ON o.code = s.office_code
            WHERE f.kind = 'checklist' AND s.office_code IS NOT NULL AND {AuditActs.AuditRules.MayFailSql}
            QUALIFY row_number() OVER (PARTITION BY a.item_code ORDER BY s.submitted_at DESC, s.id) = 1
            ORDER BY s.submitted_at DESC, s.id, a.item_code
            """).Where(f => judge.Failed(new(f.Submission, f.Definition, f.Version, f.Item, f.Number, f.Text, f.NotApplicable))).Take(2).ToList();

        // Four slots for office findings: two complaints, two failed checklist items; a small demo may lack some, and
        // their slots get an office measure instead, so the demo always shows six actions.
        var slots = new (int DueInDays, ActionStatus Status)[] { (-6, ActionStatus.InProgress), (12, ActionStatus.Open), (-4, ActionStatus.Open), (-10, ActionStatus.Done) };
        var found = new List<(ActionSource Source, string Ref, ActionDraft Draft, string? Office, string? Branch, VerificationKind Verification)>();
        foreach (var a in complaints)
            found.Add((ActionSource.Complaint, a.RegisterNo, ActionDrafts.ForComplaint(a.RegisterNo, DateOnly.FromDateTime(a.DueAt)),
                a.OfficeCode, a.Branch, VerificationKind.ControlCall));
        foreach (var f in failed)
            found.Add((ActionSource.AuditItem, $"{f.Submission}/{f.Item}",
                ActionDrafts.ForAuditItem(texts.Item(f.Definition, f.Item), f.Form, Office(f.OfficeCode), Time.DisplayTime.Default.FromUtc(f.At)),
                f.OfficeCode, f.Branch, VerificationKind.ReAudit));
        var spare = c.Query<(string Code, string? Branch)>("SELECT code, parent_code FROM org_unit WHERE level = 'office' AND closed_on IS NULL ORDER BY code LIMIT 4").ToList();
        for (var i = 0; found.Count < slots.Length && i < spare.Count; i++)
            found.Add((ActionSource.Other, $"demo-office-{spare[i].Code}", new ActionDraft(
                i % 2 == 0 ? "Провести внеплановое обучение сотрудников офиса по срокам и порядку ответа на обращения"
                           : "Отремонтировать табло электронной очереди и проверить вызов талонов по всем окнам",
                i % 2 == 0 ? $"Повторные нарушения сроков ответа: {Office(spare[i].Code)}" : $"Табло очереди не работает: {Office(spare[i].Code)}"),
                spare[i].Code, spare[i].Branch, VerificationKind.ControlCall));
        for (var i = 0; i < Math.Min(slots.Length, found.Count); i++)
            planned.Add(new(found[i].Source, found[i].Ref, found[i].Draft, found[i].Office, found[i].Branch, slots[i].DueInDays, slots[i].Status, found[i].Verification));

        // Last year's informativeness of the first branch (stands and website), done and verified by a re-audit.
        foreach (var b in c.Query<(string Code, string Name)>("SELECT code, name FROM org_unit WHERE level = 'branch' ORDER BY code LIMIT 1"))
        {
            planned.Add(new(ActionSource.Indicator, $"{b.Code}/{today.Year - 1}/informativeness", new ActionDraft(
                "Обновить информационные стенды во всех офисах филиала и раздел филиала на сайте по перечню Стандарта",
                $"«Информативность» ниже плана: {b.Name}, {today.Year - 1}"), null, b.Code, -40, ActionStatus.Verified, VerificationKind.ReAudit));
        }
        planned.Add(new(ActionSource.Other, $"demo-contact-centre-{today.Year}", new ActionDraft(
            "Провести обучение операторов контакт-центра стандартам обслуживания и скриптам ответа на жалобы",
            "Контрольные звонки: операторы не называют срок ответа на обращение"), null, null, -2, ActionStatus.Open, VerificationKind.ControlCall));

        using var tx = c.BeginTransaction();
        for (var i = 0; i < planned.Count; i++)
        {
            var p = planned[i];
            var due = today.AddDays(p.DueInDays);
            // Opened about a month before the due date (never in the future), moved along as its status says.
            var opened = nowUtc.AddDays(Math.Min(-1, p.DueInDays - 30)).Date.AddHours(7 + i);
            var completed = p.Status is ActionStatus.Done or ActionStatus.Verified ? due.AddDays(-3) : (DateOnly?)null;
            var verified = p.Status == ActionStatus.Verified ? due.AddDays(5) : (DateOnly?)null;
            var id = c.ExecuteScalar<long>("""
                INSERT INTO corrective_action (source_kind, source_ref, title, description, office_code, branch_code, owner, due_on, status,
                    verification_kind, verification_ref, verified_on, evidence, created_at, created_by, completed_on)
                VALUES ($source, $ref, $title, $description, $office, $branch, $owner, $due, $status, $verification, $verificationRef, $verified,
                    $evidence, $opened, $actor, $completed)
                RETURNING id
                """, new
            {
                source = ActionWorkflow.ToCode(p.Source), @ref = p.Ref, title = p.Draft.Title, description = p.Draft.Description,
                office = p.Office, branch = p.Branch, owner = Owners[i % Owners.Length], due, status = ActionWorkflow.ToCode(p.Status),
                verification = ActionWorkflow.ToCode(p.Verification),
                verificationRef = verified is null ? null : "Повторный аудит: нарушений не выявлено",
                verified, evidence = completed is null ? null : "Фотографии стендов и приказ приложены", opened, actor = Actor, completed,
            }, tx);
            var steps = Steps(p.Status);
            for (var s = 0; s < steps.Length; s++)
            {
                var at = s == 0 ? opened : steps[s] switch
                {
                    ActionStatus.Done => completed!.Value.ToDateTime(new TimeOnly(12, 0)),
                    ActionStatus.Verified => verified!.Value.ToDateTime(new TimeOnly(12, 0)),
                    _ => opened.AddDays(2),
                };
                c.Execute("""
                    INSERT INTO corrective_action_event (action_id, seq, happened_at, actor, from_status, to_status, note)
                    VALUES ($id, $seq, $at, $actor, $from, $to, $note)
                    """, new
                {
                    id, seq = s + 1, at = at > nowUtc ? nowUtc : at, actor = s == 0 ? Actor : Owners[i % Owners.Length],
                    from = s == 0 ? null : ActionWorkflow.ToCode(steps[s - 1]), to = ActionWorkflow.ToCode(steps[s]), note = s == 0 ? "opened" : null,
                }, tx);
            }
        }
        tx.Commit();
        return planned.Count;
    }

    /// <summary>The statuses an action went through to reach <paramref name="status"/>.</summary>
    private static ActionStatus[] Steps(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => [ActionStatus.Open, ActionStatus.InProgress],
        ActionStatus.Done => [ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Done],
        ActionStatus.Verified => [ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Verified],
        _ => [ActionStatus.Open],
    };
}
