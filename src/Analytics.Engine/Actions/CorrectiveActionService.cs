using System.Globalization;
using Analytics.Engine.Store;
using DuckDB.NET.Data;

namespace Analytics.Engine.Actions;

/// <summary>
/// Opens, moves and verifies corrective actions (F12). Opening is idempotent per source: a second request for the
/// same failed item, indicator outcome or complaint returns the action already open for it.
/// </summary>
public sealed partial class CorrectiveActionService(AnalyticsStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    // Instants (created, history) are stored in UTC and shown through DisplayTime; the dates people work to
    // (completed, verified, overdue) are Moscow's (the display zone), whatever the server's own zone.
    private DateOnly Today => new Time.DisplayTime(null, _clock).Today;

    /// <summary>Opens an action, or returns the existing one for the same source.</summary>
    public CorrectiveAction Open(NewCorrectiveAction request, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceRef);
        using var connection = store.Open();
        var existing = Find(connection, request.Source, request.SourceRef);
        if (existing is not null) return existing;

        var now = _clock.GetUtcNow().UtcDateTime;
        using var tx = connection.BeginTransaction();
        var id = Scalar<long>(connection, """
            INSERT INTO corrective_action (source_kind, source_ref, title, description, office_code, branch_code,
                owner, due_on, status, verification_kind, created_at, created_by)
            VALUES ($source, $ref, $title, $description, $office, $branch, $owner, $due, 'open', $verification, $now, $actor)
            RETURNING id
            """,
            ("source", ActionWorkflow.ToCode(request.Source)), ("ref", request.SourceRef), ("title", request.Title),
            ("description", request.Description), ("office", request.OfficeCode), ("branch", request.BranchCode),
            ("owner", request.Owner), ("due", request.DueOn),
            ("verification", request.Verification is { } v ? ActionWorkflow.ToCode(v) : null),
            ("now", now), ("actor", actor));
        AddEvent(connection, id, now, actor, null, ActionStatus.Open, "opened");
        var opened = Get(connection, id);
        Audit.AuditTrail.Append(connection, tx, actor, "open", Audit.AuditKinds.CorrectiveAction, id.ToString(CultureInfo.InvariantCulture),
            null, opened);
        ActionWebhooks.Publish(connection, tx, null, opened!, now);
        tx.Commit();
        return Get(connection, id)!;
    }

    /// <summary>Moves an action along the workflow; completion records the date and optional evidence.</summary>
    public CorrectiveAction Move(long id, ActionStatus to, string actor, string? note = null, string? evidence = null)
    {
        using var connection = store.Open();
        var action = Get(connection, id) ?? throw new KeyNotFoundException($"No corrective action {id}.");
        ActionWorkflow.EnsureCanMove(action.Status, to);
        EnsureCaseRules(connection, action, to);
        if (to == ActionStatus.Cancelled && string.IsNullOrWhiteSpace(note))
            throw new ArgumentException("Cancelling a corrective action needs a reason.", nameof(note));

        var now = _clock.GetUtcNow().UtcDateTime;
        using var tx = connection.BeginTransaction();
        Execute(connection, """
            UPDATE corrective_action
            SET status = $status,
                completed_on = CASE WHEN $status = 'done' THEN $today WHEN $status IN ('reopened') THEN NULL ELSE completed_on END,
                evidence = coalesce($evidence, evidence)
            WHERE id = $id
            """,
            ("status", ActionWorkflow.ToCode(to)), ("today", Today), ("evidence", evidence), ("id", id));
        AddEvent(connection, id, now, actor, action.Status, to, note);
        var moved = Get(connection, id);
        Audit.AuditTrail.Append(connection, tx, actor, "status", Audit.AuditKinds.CorrectiveAction, id.ToString(CultureInfo.InvariantCulture),
            action, moved);
        ActionWebhooks.Publish(connection, tx, action.Status, moved!, now);
        tx.Commit();
        return Get(connection, id)!;
    }

    /// <summary>
    /// Records a verification of a done action: passed → Verified; failed → Reopened (the work goes round again).
    /// </summary>
    public CorrectiveAction Verify(long id, VerificationKind kind, string reference, bool passed, string actor, string? note = null)
    {
        using var connection = store.Open();
        var action = Get(connection, id) ?? throw new KeyNotFoundException($"No corrective action {id}.");
        var to = passed ? ActionStatus.Verified : ActionStatus.Reopened;
        ActionWorkflow.EnsureCanMove(action.Status, to);
        EnsureCaseRules(connection, action, to, kind);
        var now = _clock.GetUtcNow().UtcDateTime;
        using var tx = connection.BeginTransaction();
        Execute(connection, """
            UPDATE corrective_action
            SET status = $status, verification_kind = $kind, verification_ref = $ref, verified_on = $today,
                completed_on = CASE WHEN $status = 'reopened' THEN NULL ELSE completed_on END
            WHERE id = $id
            """,
            ("status", ActionWorkflow.ToCode(to)), ("kind", ActionWorkflow.ToCode(kind)), ("ref", reference),
            ("today", Today), ("id", id));
        AddEvent(connection, id, now, actor, action.Status, to,
            // The history is read by people: the check in words, not "control_call …: passed".
            note ?? $"{(kind == VerificationKind.ControlCall ? "Контрольный звонок" : "Повторный аудит")} {reference}: {(passed ? "подтверждено" : "не подтверждено")}");
        var verified = Get(connection, id);
        Audit.AuditTrail.Append(connection, tx, actor, "verify", Audit.AuditKinds.CorrectiveAction, id.ToString(CultureInfo.InvariantCulture),
            action, verified);
        ActionWebhooks.Publish(connection, tx, action.Status, verified!, now);
        tx.Commit();
        return Get(connection, id)!;
    }

    /// <summary>One action, or null.</summary>
    public CorrectiveAction? Get(long id)
    {
        using var connection = store.Open();
        return Get(connection, id);
    }

    /// <summary>The action's history, oldest first.</summary>
    public IReadOnlyList<ActionEvent> History(long id)
    {
        using var connection = store.Open();
        using var command = Command(connection,
            "SELECT action_id, seq, happened_at, actor, from_status, to_status, note FROM corrective_action_event WHERE action_id = $id ORDER BY seq",
            ("id", id));
        using var reader = command.ExecuteReader();
        var list = new List<ActionEvent>();
        while (reader.Read())
            list.Add(new ActionEvent(reader.GetInt64(0), reader.GetInt32(1), reader.GetDateTime(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : ActionWorkflow.ParseStatus(reader.GetString(4)),
                ActionWorkflow.ParseStatus(reader.GetString(5)), reader.IsDBNull(6) ? null : reader.GetString(6)));
        return list;
    }

    /// <summary>Actions matching the filter, overdue first, then by due date.</summary>
    public IReadOnlyList<CorrectiveAction> List(ActionFilter filter)
    {
        var today = filter.Today ?? Today;
        using var connection = store.Open();
        using var command = Command(connection, SelectColumns + "\n" + """
            WHERE ($branch IS NULL OR branch_code = $branch)
              AND ($office IS NULL OR office_code = $office)
              AND ($status IS NULL OR status = $status)
              AND ($year IS NULL OR year(due_on) = $year OR year(created_at) = $year)
              AND ($source IS NULL OR source_kind = $source)
              AND (NOT $overdue OR (status IN ('open', 'in_progress', 'reopened') AND due_on < $today))
            ORDER BY (status IN ('open', 'in_progress', 'reopened') AND due_on < $today) DESC, due_on, id
            """,
            ("branch", filter.BranchCode), ("office", filter.OfficeCode),
            ("status", filter.Status is { } s ? ActionWorkflow.ToCode(s) : null),
            ("year", filter.Year), ("overdue", filter.OverdueOnly), ("today", today),
            ("source", filter.Source is { } k ? ActionWorkflow.ToCode(k) : null));
        return ReadAll(command);
    }
}
