using System.Data;
using System.Globalization;
using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.AuditPlans;

/// <summary>
/// Creates, edits and deletes audit plans (#16.1); each change is written with its audit-trail entry in one
/// transaction. A plan names an office, a checklist form and a recurrence; the windows follow from <see cref="PlanWindows"/>.
/// </summary>
public sealed class AuditPlanService(AnalyticsStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public AuditPlan Create(AuditPlanInput input, string actor)
    {
        using var connection = store.Open();
        Validate(connection, input);
        using var tx = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO audit_plan (office_code, definition_id, recurrence, per_quarter, starts_on, ends_on, auditor, note, created_at, created_by)
            VALUES ($OfficeCode, $DefinitionId, $Recurrence, $PerQuarter, $StartsOn, $EndsOn, $Auditor, $Note, $now, $actor) RETURNING id
            """, Args(input, actor), tx);
        var plan = Get(connection, tx, id)!;
        AuditTrail.Append(connection, tx, actor, "create", AuditKinds.AuditPlan, Id(id), null, plan, _clock.GetUtcNow().UtcDateTime);
        tx.Commit();
        return plan;
    }

    public AuditPlan Update(long id, AuditPlanInput input, string actor)
    {
        using var connection = store.Open();
        Validate(connection, input);
        using var tx = connection.BeginTransaction();
        var before = Get(connection, tx, id) ?? throw new KeyNotFoundException($"No audit plan {id}.");
        connection.Execute("""
            UPDATE audit_plan SET office_code = $OfficeCode, definition_id = $DefinitionId, recurrence = $Recurrence, per_quarter = $PerQuarter,
                   starts_on = $StartsOn, ends_on = $EndsOn, auditor = $Auditor, note = $Note
            WHERE id = $id
            """, new DynamicParameters(Args(input, actor)).With("id", id), tx);
        var after = Get(connection, tx, id)!;
        AuditTrail.Append(connection, tx, actor, "update", AuditKinds.AuditPlan, Id(id), before, after, _clock.GetUtcNow().UtcDateTime);
        tx.Commit();
        return after;
    }

    public void Delete(long id, string actor)
    {
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var before = Get(connection, tx, id) ?? throw new KeyNotFoundException($"No audit plan {id}.");
        connection.Execute("DELETE FROM audit_plan WHERE id = $id", new { id }, tx);
        AuditTrail.Append(connection, tx, actor, "delete", AuditKinds.AuditPlan, Id(id), before, null, _clock.GetUtcNow().UtcDateTime);
        tx.Commit();
    }

    public AuditPlan? Get(long id)
    {
        using var connection = store.Open();
        return Get(connection, null, id);
    }

    /// <summary>Plans, optionally of one office or branch, by office then form.</summary>
    public IReadOnlyList<AuditPlan> List(string? branch = null, string? office = null)
    {
        using var connection = store.Open();
        return Read(connection, null, """
            WHERE ($branch IS NULL OR p.office_code IN (SELECT code FROM org_unit WHERE parent_code = $branch) OR p.office_code = $branch)
              AND ($office IS NULL OR p.office_code = $office)
            ORDER BY p.office_code, p.definition_id, p.id
            """, new { branch, office });
    }

    internal static List<AuditPlan> Read(IDbConnection connection, IDbTransaction? tx, string where, object? args) =>
        [.. connection.Query<(long Id, string Office, string Definition, string Recurrence, int PerQuarter, DateTime Starts, DateTime? Ends,
                string? Auditor, string? Note, DateTime CreatedAt, string CreatedBy)>($"""
                SELECT p.id, p.office_code, p.definition_id, p.recurrence, p.per_quarter, p.starts_on, p.ends_on, p.auditor, p.note, p.created_at, p.created_by
                FROM audit_plan p {where}
                """, args, tx)
            .Select(r => new AuditPlan(r.Id, r.Office, r.Definition, RecurrenceCodes.Parse(r.Recurrence), r.PerQuarter,
                DateOnly.FromDateTime(r.Starts), r.Ends is { } e ? DateOnly.FromDateTime(e) : null, r.Auditor, r.Note, r.CreatedAt, r.CreatedBy))];

    private static AuditPlan? Get(IDbConnection connection, IDbTransaction? tx, long id) =>
        Read(connection, tx, "WHERE p.id = $id", new { id }).FirstOrDefault();

    private object Args(AuditPlanInput i, string actor) => new
    {
        i.OfficeCode, i.DefinitionId, Recurrence = RecurrenceCodes.ToCode(i.Recurrence),
        PerQuarter = i.Recurrence == Recurrence.PerQuarter ? i.PerQuarter : 1, i.StartsOn, i.EndsOn,
        Auditor = string.IsNullOrWhiteSpace(i.Auditor) ? null : i.Auditor.Trim(), Note = string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim(),
        now = _clock.GetUtcNow().UtcDateTime, actor,
    };

    /// <summary>Refuses, in Russian, a plan the coverage could not evaluate.</summary>
    private static void Validate(IDbConnection connection, AuditPlanInput i)
    {
        ArgumentNullException.ThrowIfNull(i);
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM org_unit WHERE code = $c AND level = 'office'", new { c = i.OfficeCode }) == 0)
            throw new ArgumentException($"Офис «{i.OfficeCode}» не найден в структуре организации.", nameof(i));
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM form_definition WHERE id = $d AND kind = 'checklist'", new { d = i.DefinitionId }) == 0)
            throw new ArgumentException($"Чек-лист «{i.DefinitionId}» не найден.", nameof(i));
        if (i.Recurrence == Recurrence.Wave && i.EndsOn is null)
            throw new ArgumentException("Для волны «тайного покупателя» укажите дату окончания окна.", nameof(i));
        if (i.EndsOn is { } e && e < i.StartsOn)
            throw new ArgumentException("Дата окончания раньше даты начала.", nameof(i));
        if (i.Recurrence == Recurrence.PerQuarter && i.PerQuarter is < 1 or > 13)
            throw new ArgumentException("Число проверок в квартал: от 1 до 13.", nameof(i));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

internal static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters p, string name, object? value)
    {
        p.Add(name, value);
        return p;
    }
}
