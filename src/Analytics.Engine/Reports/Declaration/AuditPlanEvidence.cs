using Analytics.Engine.AuditPlans;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Reports.Declaration;

/// <summary>
/// The Declaration's evidence line for planned audits (#16.1, ADR 0022): the share of the scope's offices audited per
/// quarter, from <see cref="AuditCoverage"/> — the figure the coverage page shows — and the planned audits as sample.
/// </summary>
internal static class AuditPlanEvidence
{
    public const string Name = "Плановые проверки офисов";

    /// <summary><paramref name="connection"/> has the report's <c>scope_office</c> prepared.</summary>
    public static DataSource Line(AnalyticsStore store, DuckDBConnection connection, int year)
    {
        var offices = connection.Query<string>("SELECT code FROM scope_office").ToHashSet(StringComparer.Ordinal);
        var coverage = new AuditCoverage(store);
        var quarters = Enumerable.Range(1, 4).Select(q => (Q: q, Report: coverage.Quarter(year, q, offices))).ToList();
        var planned = quarters.Sum(q => q.Report.Planned);
        var description = planned == 0
            ? "план проверок на год не составлен"
            : "доля офисов, проверенных по плану: " + string.Join("; ", quarters.Select(q =>
                $"{Roman(q.Q)} кв. — {(q.Report.Offices.Count == 0 ? "нет плана" : Numbers.Share(q.Report.OfficeShare, Labels.Russian))}"));
        return new DataSource(Name, description, planned);
    }

    private static string Roman(int q) => q switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
