using System.Globalization;
using Analytics.Engine.Cases;
using DuckDB.NET.Data;

namespace Analytics.Engine.Actions;

// Cases (ADR 0027) are corrective actions of kind client_case: every change to one goes through this service, so
// its history, the audit trail (and whoever listens to opened/closed actions) see cases like any other action.
public sealed partial class CorrectiveActionService
{
    /// <summary>
    /// Records a trigger on a case: the first one creates the case row (idempotent, so a half-finished run is repaired
    /// by the next), a later one joins — a history entry and an audit entry; a complaint makes the case need a control
    /// call. A trigger already recorded (same rule, same source) changes nothing. Returns true when it was new.
    /// </summary>
    internal bool RecordTrigger(long id, CaseTrigger trigger, DateTime atUtc, string actor, int level)
    {
        using var connection = store.Open();
        var action = Get(connection, id) ?? throw new KeyNotFoundException($"No corrective action {id}.");
        using var tx = connection.BeginTransaction();
        var isNewCase = Execute(connection, """
            INSERT INTO client_case (action_id, event_kind, event_ref, first_trigger, escalation_level, needs_control_call, opened_at_utc)
            VALUES ($id, $kind, $ref, $trigger, $level, $complaint, $at) ON CONFLICT DO NOTHING
            """, ("id", id), ("kind", trigger.EventKind), ("ref", trigger.EventRef), ("trigger", trigger.Trigger),
            ("level", level), ("complaint", trigger.Complaint), ("at", atUtc)) > 0;
        var isNewTrigger = Execute(connection, """
            INSERT INTO client_case_trigger (trigger, source_ref, action_id, detail, fired_at_utc)
            VALUES ($trigger, $ref, $id, $detail, $at) ON CONFLICT DO NOTHING
            """, ("trigger", trigger.Trigger), ("ref", trigger.SourceRef), ("id", id), ("detail", trigger.Detail), ("at", atUtc)) > 0;
        if (isNewTrigger && !isNewCase)
        {
            var needed = Scalar<bool>(connection, "SELECT needs_control_call FROM client_case WHERE action_id = $id", ("id", id));
            if (trigger.Complaint && !needed)
                Execute(connection, "UPDATE client_case SET needs_control_call = true WHERE action_id = $id", ("id", id));
            AddEvent(connection, id, atUtc, actor, action.Status, action.Status,
                $"Присоединён повод: {Vocabulary.Labels.Ru(Vocabulary.Vocab.CaseTrigger, trigger.Trigger)} ({trigger.Detail})");
            Audit.AuditTrail.Append(connection, tx, actor, "join", Audit.AuditKinds.CorrectiveAction, Id(id),
                null, new { trigger = trigger.Trigger, source = trigger.SourceRef, detail = trigger.Detail }, atUtc);
        }
        tx.Commit();
        return isNewTrigger;
    }

    /// <summary>The action opened for a source, or null.</summary>
    internal CorrectiveAction? FindBySource(ActionSource source, string sourceRef)
    {
        using var connection = store.Open();
        return Find(connection, source, sourceRef);
    }

    /// <summary>
    /// Hands an overdue case to the next level's owner with a new due date: owner, due date and level change in one
    /// unit of work with the history entry and the audit entry.
    /// </summary>
    internal CorrectiveAction Escalate(long id, string owner, DateOnly dueOn, int level, DateTime atUtc, string actor)
    {
        using var connection = store.Open();
        var action = Get(connection, id) ?? throw new KeyNotFoundException($"No corrective action {id}.");
        var from = Scalar<int>(connection, "SELECT escalation_level FROM client_case WHERE action_id = $id", ("id", id));
        using var tx = connection.BeginTransaction();
        Execute(connection, "UPDATE corrective_action SET owner = $owner, due_on = $due WHERE id = $id", ("owner", owner), ("due", dueOn), ("id", id));
        Execute(connection, "UPDATE client_case SET escalation_level = $level, escalated_at_utc = $at WHERE action_id = $id",
            ("level", level), ("at", atUtc), ("id", id));
        AddEvent(connection, id, atUtc, actor, action.Status, action.Status,
            $"Эскалация: срок {Date(action.DueOn)} пропущен; передано на уровень «{Vocabulary.Labels.Ru(Vocabulary.Vocab.CaseLevel, CaseOwners.LevelCode(level))}»: " +
            $"{action.Owner} → {owner}, новый срок {Date(dueOn)}");
        Audit.AuditTrail.Append(connection, tx, actor, "escalate", Audit.AuditKinds.CorrectiveAction, Id(id),
            new { owner = action.Owner, dueOn = action.DueOn, level = from }, new { owner, dueOn, level }, atUtc);
        tx.Commit();
        return Get(connection, id)!;
    }

    /// <summary>Records the outcome a case is being closed with (audit entry "outcome").</summary>
    internal void RecordOutcome(long id, string outcome, string actor)
    {
        using var connection = store.Open();
        string? before;
        using (var command = Command(connection, "SELECT outcome FROM client_case WHERE action_id = $id", ("id", id)))
            before = command.ExecuteScalar() as string;
        using var tx = connection.BeginTransaction();
        Execute(connection, "UPDATE client_case SET outcome = $outcome WHERE action_id = $id", ("outcome", outcome), ("id", id));
        Audit.AuditTrail.Append(connection, tx, actor, "outcome", Audit.AuditKinds.CorrectiveAction, Id(id),
            new { outcome = before }, new { outcome }, _clock.GetUtcNow().UtcDateTime);
        tx.Commit();
    }

    /// <summary>
    /// The close rules of a case, enforced wherever it is moved (page, API, CLI): it is never cancelled (a wrong case
    /// is closed with the outcome «не подтвердилась»), it is done only with an outcome, and a complaint case is
    /// verified only by a control call.
    /// </summary>
    private static void EnsureCaseRules(DuckDBConnection connection, CorrectiveAction action, ActionStatus to, VerificationKind? verification = null)
    {
        if (action.Source != ActionSource.ClientCase) return;
        if (to == ActionStatus.Cancelled)
            throw new InvalidOperationException("Обращение клиента не отменяется: закройте его с результатом (например, «Претензия не подтвердилась»).");
        using var command = Command(connection, "SELECT outcome, needs_control_call FROM client_case WHERE action_id = $id", ("id", action.Id));
        using var r = command.ExecuteReader();
        var (outcome, needsCall) = r.Read() ? (r.IsDBNull(0) ? null : r.GetString(0), r.GetBoolean(1)) : (null, false);
        if (to == ActionStatus.Done && outcome is null)
            throw new InvalidOperationException("Обращение клиента закрывается только с результатом: укажите результат.");
        if (verification is { } kind && needsCall && kind != VerificationKind.ControlCall)
            throw new InvalidOperationException("Обращение по жалобе закрывается только контрольным звонком.");
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
