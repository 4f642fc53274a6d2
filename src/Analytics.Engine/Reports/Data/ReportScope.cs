using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Reports.Data;

/// <summary>
/// Whose report it is: the whole company or one branch (and its offices). <see cref="Apply"/> prepares the temp
/// tables <c>scope_office</c>, <c>scope_center</c> and <c>scope_info</c> that every report query joins.
/// </summary>
public sealed partial record ReportScope(string Code, string Name, string Level, string? NameGenitive = null)
{
    /// <summary>
    /// The unit after «деятельности …»: the genitive from the org data («Калининградского филиала»); without it a
    /// phrase that needs no declension — a name that opens with its legal form stays as it is («ПАО «…»»), any other
    /// is quoted after «подразделения»/«организации». Never declined by string rules.
    /// </summary>
    public string Genitive
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(NameGenitive)) return NameGenitive.Trim();
            if (LegalForm().IsMatch(Name)) return Name;
            var quoted = Name.StartsWith('«') && Name.EndsWith('»') ? Name : $"«{Name}»";
            return (Level == "company" ? "организации " : "подразделения ") + quoted;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(ПАО|АО|ОАО|ЗАО|ООО|НАО|ГУП|МУП|ФГУП)\s")]
    private static partial System.Text.RegularExpressions.Regex LegalForm();

    /// <summary>Finds the scope: <paramref name="unitCode"/> when given, else the company row, else the whole store.</summary>
    /// <exception cref="ArgumentException">The unit code is not in org_unit.</exception>
    public static ReportScope Resolve(DuckDBConnection connection, string? unitCode)
    {
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            var unit = connection.QueryFirstOrDefault<(string Code, string Name, string Level, string? Genitive)>(
                "SELECT code, name, level, name_genitive FROM org_unit WHERE code = $code", new { code = unitCode });
            if (unit.Code is null) throw new ArgumentException($"Organisation unit '{unitCode}' is not in the store (org_unit).", nameof(unitCode));
            return new ReportScope(unit.Code, unit.Name, unit.Level, unit.Genitive);
        }
        var companies = connection.Query<(string Code, string Name, string? Genitive)>(
            "SELECT code, name, name_genitive FROM org_unit WHERE level = 'company' ORDER BY code").ToList();
        // The whole store: code '' makes the scope queries include units that appear only in imported data.
        return companies.Count == 1
            ? new ReportScope("", companies[0].Name, "company", companies[0].Genitive)
            : new ReportScope("", "Организация", "company", "организации");
    }

    /// <summary>
    /// The deadline scope of this report scope (<see cref="Compliance.AppealScope"/>): appeals whose clock started in
    /// <paramref name="year"/> (null = any year) of the unit — a branch with its offices, one office, or everything.
    /// </summary>
    public Compliance.AppealScope Appeals(int? year) => new()
    {
        From = year is { } y ? new DateOnly(y, 1, 1) : null,
        To = year is { } z ? new DateOnly(z, 12, 31) : null,
        Branch = Level == "branch" ? Code : null,
        Office = Level == "office" ? Code : null,
    };

    /// <summary>True when the scope is the whole store rather than one unit's subtree.</summary>
    public bool IsWholeStore => Code.Length == 0;

    public void Apply(DuckDBConnection connection)
    {
        // One statement per command: parameters bind per prepared statement.
        foreach (var statement in ReportSql.Load("Data", "ScopeOffices").Split(';'))
            if (!string.IsNullOrWhiteSpace(StripComments(statement))) connection.Execute(statement, new { scope = Code });
    }

    private static string StripComments(string sql) =>
        string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
}
