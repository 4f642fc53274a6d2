using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Indicators;

/// <summary>
/// The organisation as company → branch → office. Any unit code that counts arrive under is mapped to its
/// ancestor at a level; codes not in <c>org_unit</c> (an anonymous questionnaire, an unknown call centre) count
/// towards the company only. A store without a company row gets one synthetic company "(all)".
/// </summary>
public sealed class OrgTree
{
    public const string SyntheticCompany = "(all)";

    private readonly Dictionary<string, (string Level, string? Parent, string Name)> _units;
    private readonly string _company;

    public OrgTree(IEnumerable<(string Code, string Level, string? Parent, string Name)> units)
    {
        _units = units.ToDictionary(u => u.Code, u => (u.Level, u.Parent, u.Name), StringComparer.Ordinal);
        _company = _units.FirstOrDefault(u => u.Value.Level == "company").Key ?? SyntheticCompany;
    }

    public static OrgTree Load(DuckDBConnection connection) =>
        new(connection.Query<(string, string, string?, string)>("SELECT code, level, parent_code, name FROM org_unit ORDER BY code"));

    public static OrgTree Load(AnalyticsStore store)
    {
        using var connection = store.Open();
        return Load(connection);
    }

    public string Name(string code) => _units.TryGetValue(code, out var u) ? u.Name : code;

    /// <summary>Units at <paramref name="level"/>, by code.</summary>
    public IEnumerable<string> UnitsAt(OrgLevel level) => level == OrgLevel.Company
        ? [_company]
        : _units.Where(u => u.Value.Level == LevelName(level)).Select(u => u.Key).Order(StringComparer.Ordinal);

    /// <summary>The unit at <paramref name="level"/> that <paramref name="code"/> belongs to, or null (e.g. a branch's own counts at office level).</summary>
    public string? AncestorAt(string code, OrgLevel level)
    {
        if (level == OrgLevel.Company) return _company;
        var target = LevelName(level);
        for (var (current, guard) = (code, 0); guard < 10 && _units.TryGetValue(current, out var u); guard++)
        {
            if (u.Level == target) return current;
            if (u.Parent is null) return null;
            current = u.Parent;
        }
        return null;
    }

    /// <summary>The chain from the unit up to the company (for looking up plans and facts).</summary>
    public IEnumerable<string> SelfAndAncestors(string code)
    {
        for (var (current, guard) = ((string?)code, 0); current is not null && guard < 10; guard++)
        {
            yield return current;
            current = _units.TryGetValue(current, out var u) ? u.Parent : null;
        }
        if (code != _company) yield return _company;
    }

    private static string LevelName(OrgLevel level) => level.ToString().ToLowerInvariant();
}
