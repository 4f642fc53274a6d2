using System.Globalization;

namespace Analytics.Engine.Actions;

// A finding about an action that does not move it (a re-audit that found the item still not met while the work is
// under way): a history entry with the status unchanged, and an audit entry.
public sealed partial class CorrectiveActionService
{
    /// <summary>Whether the action's history already holds exactly this note (keeps automatic notes one per cause).</summary>
    internal bool HasNote(long id, string note)
    {
        using var connection = store.Open();
        return Scalar<long>(connection, "SELECT count(*) FROM corrective_action_event WHERE action_id = $id AND note = $note",
            ("id", id), ("note", note)) > 0;
    }

    /// <summary>Adds a history entry (status unchanged) unless the same note is already there; true when added.</summary>
    internal bool AddNoteOnce(long id, string note, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        if (HasNote(id, note)) return false;
        using var connection = store.Open();
        var action = Get(connection, id) ?? throw new KeyNotFoundException($"No corrective action {id}.");
        var now = _clock.GetUtcNow().UtcDateTime;
        using var tx = connection.BeginTransaction();
        AddEvent(connection, id, now, actor, action.Status, action.Status, note);
        Audit.AuditTrail.Append(connection, tx, actor, "note", Audit.AuditKinds.CorrectiveAction, id.ToString(CultureInfo.InvariantCulture),
            null, new { note }, now);
        tx.Commit();
        return true;
    }
}
