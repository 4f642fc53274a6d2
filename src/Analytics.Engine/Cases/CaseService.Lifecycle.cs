using Analytics.Engine.Actions;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Cases;

// Escalation, the list and closing: the states a case is in and the rules it leaves them by.
public sealed partial class CaseService
{
    private sealed record CaseRow(long Id, string FirstTrigger, string EventKind, string EventRef, int Level, bool NeedsControlCall,
        string? Outcome, string Triggers);

    /// <summary>
    /// Overdue cases (the one rule of actions, <see cref="CorrectiveAction.IsOverdue"/>) below the company level go to
    /// the next level's owner with <see cref="CaseOptions.EscalationDueWorkingDays"/>; the new owner gets an in-app
    /// notification of kind <see cref="CaseNotifications.Escalated"/>. A case overdue at the company level stays there (the daily reminders keep naming it).
    /// </summary>
    internal int EscalationPass(DateTime at, DateOnly today)
    {
        var rows = Rows();
        var escalated = 0;
        foreach (var action in _actions.List(new ActionFilter(Today: today, Source: ActionSource.ClientCase)).Where(a => a.IsOverdue(today)))
        {
            if (!rows.TryGetValue(action.Id, out var row) || row.Level >= 2) continue;
            string owner; int level;
            using (var c = _store.Open()) (owner, level) = Owners.Route(c, action.OfficeCode, row.Level + 1);
            var due = Due(today, _options.EscalationDueWorkingDays);
            _actions.Escalate(action.Id, owner, due, level, at, Audit.AuditTrail.System);
            Notify(owner, action, due, level, at);
            escalated++;
        }
        return escalated;
    }

    private void Notify(string owner, CorrectiveAction action, DateOnly due, int level, DateTime at)
    {
        using var c = _store.Open();
        CaseNotifications.Post(c, CaseNotifications.Escalated, owner, action.Id, due,
            $"Вам передано просроченное обращение клиента № {action.Id} (уровень «{Labels.Ru(Vocab.CaseLevel, CaseOwners.LevelCode(level))}»): " +
            $"{action.Title} (срок {due:dd.MM.yyyy})", at);
    }

    /// <summary>Cases by state as of <paramref name="today"/> (default: today in Moscow), overdue first, then by due date.</summary>
    public IReadOnlyList<CaseItem> List(CaseFilter filter, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.State is { } s && !CaseTriggers.States.Contains(s))
            throw new ArgumentException($"Состояние — одно из: {string.Join(", ", CaseTriggers.States)}; «{s}» не подходит.", nameof(filter));
        var day = today ?? new Time.DisplayTime(null, _clock).Today;
        var rows = Rows();
        return [.. _actions.List(new ActionFilter(BranchCode: filter.BranchCode, Today: day, Source: ActionSource.ClientCase))
            .Where(a => rows.ContainsKey(a.Id))
            .Select(a => Item(a, rows[a.Id], day))
            .Where(i => filter.State is null || i.State == filter.State)];
    }

    /// <summary>One case as of <paramref name="today"/> (default: today in Moscow), or null when the action is no case.</summary>
    public CaseItem? Get(long id, DateOnly? today = null)
    {
        var action = _actions.Get(id);
        if (action is null || action.Source != ActionSource.ClientCase || !Rows().TryGetValue(id, out var row)) return null;
        return Item(action, row, today ?? new Time.DisplayTime(null, _clock).Today);
    }

    /// <summary>Escalation levels of every case, by action id (the corrective actions page shows them).</summary>
    public IReadOnlyDictionary<long, int> Levels() => Rows().ToDictionary(p => p.Key, p => p.Value.Level);

    /// <summary>
    /// Closes a case: an outcome (<see cref="CaseTriggers.Outcomes"/>) is required, and a complaint case also needs a
    /// control call's result. A satisfied call (or none needed) closes it; an unsatisfied call reopens it.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    /// <exception cref="ArgumentException">Not a case, or an unknown outcome.</exception>
    /// <exception cref="InvalidOperationException">Already closed, or a complaint without a control call.</exception>
    public CorrectiveAction Close(long id, string outcome, ControlCallResult? controlCall, string actor)
    {
        var action = _actions.Get(id) ?? throw new KeyNotFoundException($"Обращения клиента № {id} нет.");
        if (action.Source != ActionSource.ClientCase || !Rows().TryGetValue(id, out var row))
            throw new ArgumentException($"№ {id} — не обращение клиента, а корректирующая мера.", nameof(id));
        if (!CaseTriggers.Outcomes.Contains(outcome))
            throw new ArgumentException($"Результат — один из: {string.Join(", ", CaseTriggers.Outcomes)}; «{outcome}» не подходит.", nameof(outcome));
        if (State(action, row, new Time.DisplayTime(null, _clock).Today) == "closed")
            throw new InvalidOperationException($"Обращение клиента № {id} уже закрыто.");
        if (row.NeedsControlCall && string.IsNullOrWhiteSpace(controlCall?.Reference))
            throw new InvalidOperationException("Обращение по жалобе закрывается только с результатом контрольного звонка.");

        _actions.RecordOutcome(id, outcome, actor);
        if (action.Status != ActionStatus.Done)
            action = _actions.Move(id, ActionStatus.Done, actor, $"Результат: {Labels.Ru(Vocab.CaseOutcome, outcome)}");
        return controlCall is { } call && !string.IsNullOrWhiteSpace(call.Reference)
            ? _actions.Verify(id, VerificationKind.ControlCall, call.Reference.Trim(), call.Satisfied, actor)
            : action;
    }

    private static CaseItem Item(CorrectiveAction a, CaseRow row, DateOnly today) => new(
        a.Id, row.FirstTrigger, row.Triggers.Split(',', StringSplitOptions.RemoveEmptyEntries), row.EventKind, row.EventRef,
        a.OfficeCode, a.BranchCode, a.Owner, a.DueOn, a.Status, State(a, row, today), row.Level, row.NeedsControlCall, row.Outcome, a.Title);

    /// <summary>closed: verified, or done when no control call is needed; overdue: the action rule; else open.</summary>
    private static string State(CorrectiveAction a, CaseRow row, DateOnly today) =>
        a.Status is ActionStatus.Verified or ActionStatus.Cancelled || (a.Status == ActionStatus.Done && !row.NeedsControlCall) ? "closed"
        : a.IsOverdue(today) ? "overdue" : "open";

    private Dictionary<long, CaseRow> Rows()
    {
        using var c = _store.Open();
        return c.Query<CaseRow>("""
            SELECT k.action_id AS Id, k.first_trigger AS FirstTrigger, k.event_kind AS EventKind, k.event_ref AS EventRef,
                   k.escalation_level AS Level, k.needs_control_call AS NeedsControlCall, k.outcome AS Outcome,
                   coalesce((SELECT string_agg(t.trigger, ',' ORDER BY t.fired_at_utc, t.trigger) FROM client_case_trigger t
                             WHERE t.action_id = k.action_id), '') AS Triggers
            FROM client_case k
            """).ToDictionary(r => r.Id);
    }
}
