using System.Globalization;

namespace Analytics.Engine.Actions;

// D24: who owns an action and by when are decisions people revise; each revision is kept in the action's history.
public sealed partial class CorrectiveActionService
{
    /// <summary>
    /// Sets the owner (a login) and the due date; a change is recorded as a history event (status unchanged) whose
    /// note names the old and new values. Nothing changed, nothing recorded. A closed action cannot be reassigned.
    /// </summary>
    public CorrectiveAction Reassign(long id, string owner, DateOnly dueOn, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        using var connection = store.Open();
        var action = Get(connection, id) ?? throw new KeyNotFoundException($"No corrective action {id}.");
        if (action.Status is ActionStatus.Verified or ActionStatus.Cancelled)
            throw new InvalidOperationException("Закрытую меру нельзя переназначить.");
        owner = owner.Trim();
        var changes = new List<string>();
        if (!string.Equals(owner, action.Owner, StringComparison.Ordinal)) changes.Add($"ответственный: {action.Owner} → {owner}");
        if (dueOn != action.DueOn) changes.Add($"срок: {Date(action.DueOn)} → {Date(dueOn)}");
        if (changes.Count == 0) return action;

        var now = _clock.GetUtcNow().UtcDateTime;
        using var tx = connection.BeginTransaction();
        Execute(connection, "UPDATE corrective_action SET owner = $owner, due_on = $due WHERE id = $id",
            ("owner", owner), ("due", dueOn), ("id", id));
        AddEvent(connection, id, now, actor, action.Status, action.Status, "Изменено: " + string.Join("; ", changes));
        Audit.AuditTrail.Append(connection, tx, actor, "reassign", Audit.AuditKinds.CorrectiveAction, id.ToString(CultureInfo.InvariantCulture),
            new { owner = action.Owner, dueOn = action.DueOn }, new { owner, dueOn });
        tx.Commit();
        return Get(connection, id)!;
    }

    private static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
