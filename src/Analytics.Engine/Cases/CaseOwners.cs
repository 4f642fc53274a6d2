using System.Globalization;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Cases;

/// <summary>One unit's case owner.</summary>
public sealed record CaseOwner(string UnitCode, string Owner);

/// <summary>Where a case goes: the owner, the level found (0 office, 1 branch, 2 company), whether it is the setting's default.</summary>
public sealed record CaseRoute(string Owner, int Level, bool ByDefault);

/// <summary>
/// Who owns the cases of an office, a branch or the company (table <c>case_owner</c>, edited by an administrator;
/// every change is in the audit trail as a setting). Routing walks up from the office: level 0 is the office's owner,
/// 1 its branch's, 2 the company's; a level without an owner passes to the next, and the company falls back to
/// <see cref="CaseOptions.DefaultOwner"/>.
/// </summary>
public sealed class CaseOwners(AnalyticsStore store, CaseOptions options)
{
    public IReadOnlyList<CaseOwner> List()
    {
        using var c = store.Open();
        return [.. c.Query<CaseOwner>("SELECT unit_code AS UnitCode, owner AS Owner FROM case_owner ORDER BY unit_code")];
    }

    /// <summary>Sets (or, with an empty owner, removes) the owner of a unit of the organisation.</summary>
    /// <exception cref="ArgumentException">The unit is not in the organisation.</exception>
    public void Set(string unitCode, string? owner, string actor, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        using var c = store.Open();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM org_unit WHERE code = $unitCode", new { unitCode }) == 0)
            throw new ArgumentException($"Подразделения «{unitCode}» нет в оргструктуре.", nameof(unitCode));
        var before = c.ExecuteScalar<string?>("SELECT owner FROM case_owner WHERE unit_code = $unitCode", new { unitCode });
        owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (before == owner) return;
        using var tx = c.BeginTransaction();
        if (owner is null) c.Execute("DELETE FROM case_owner WHERE unit_code = $unitCode", new { unitCode }, tx);
        else c.Execute("""
            INSERT OR REPLACE INTO case_owner (unit_code, owner, updated_at_utc, updated_by) VALUES ($unitCode, $owner, $nowUtc, $actor)
            """, new { unitCode, owner, nowUtc, actor }, tx);
        Audit.AuditTrail.Append(c, tx, actor, "update", Audit.AuditKinds.Setting, "case_owner/" + unitCode,
            before is null ? null : new { owner = before }, owner is null ? null : new { owner });
        tx.Commit();
    }

    /// <summary>
    /// Who a new case of <paramref name="unitCode"/> (an office; for a branch or the company, a case at that level)
    /// would go to now — the routing rule itself, so the admin page shows what the run will do.
    /// </summary>
    public CaseRoute RouteOf(string unitCode)
    {
        using var c = store.Open();
        return Walk(c, unitCode, 0);
    }

    /// <summary>The owner at <paramref name="level"/> or the first level above it that has one.</summary>
    internal (string Owner, int Level) Route(DuckDBConnection c, string? officeCode, int level)
    {
        var route = Walk(c, officeCode, level);
        return (route.Owner, route.Level);
    }

    private CaseRoute Walk(DuckDBConnection c, string? unitCode, int level)
    {
        var units = Units(c, unitCode);
        for (var l = level; l <= 2; l++)
            if (units[l] is { } unit && c.ExecuteScalar<string?>("SELECT owner FROM case_owner WHERE unit_code = $unit", new { unit }) is { } owner)
                return new CaseRoute(owner, l, ByDefault: false);
        return new CaseRoute(options.DefaultOwner, 2, ByDefault: true);
    }

    /// <summary>
    /// The office, its branch and the company (null where the organisation has none). A branch's or the company's own
    /// code gives null below its level; an unknown code gives the company only.
    /// </summary>
    internal static string?[] Units(DuckDBConnection c, string? unitCode)
    {
        var firstCompany = c.ExecuteScalar<string?>("SELECT min(code) FROM org_unit WHERE level = 'company'");
        switch (c.ExecuteScalar<string?>("SELECT level FROM org_unit WHERE code = $unitCode", new { unitCode }))
        {
            case "company": return [null, null, unitCode];
            case "branch":
                var parent = c.ExecuteScalar<string?>("""
                    SELECT co.code FROM org_unit b JOIN org_unit co ON co.code = b.parent_code AND co.level = 'company' WHERE b.code = $unitCode
                    """, new { unitCode });
                return [null, unitCode, parent ?? firstCompany];
        }
        var row = c.QueryFirstOrDefault<(string? Office, string? Branch, string? Company)>("""
            SELECT o.code, b.code, co.code
            FROM org_unit o LEFT JOIN org_unit b ON b.code = o.parent_code AND b.level = 'branch'
            LEFT JOIN org_unit co ON co.code = b.parent_code AND co.level = 'company'
            WHERE o.code = $unitCode
            """, new { unitCode });
        return [row.Office, row.Branch, row.Company ?? firstCompany];
    }

    internal static string LevelCode(int level) => level.ToString(CultureInfo.InvariantCulture);
}
