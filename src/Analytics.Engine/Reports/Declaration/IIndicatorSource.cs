using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Reports.Declaration;

/// <summary>
/// Where the Declaration takes the three indicators and the generalized indicator from. The indicator engine
/// (Engine/Indicators) implements this once it is on main; until then <see cref="PlanTableIndicatorSource"/> reads
/// the plans and leaves facts empty rather than inventing them.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>Informativeness, Execution, Feedback effectiveness — in that order — and the generalized indicator.</summary>
    (IReadOnlyList<IndicatorLine> Indicators, IndicatorLine Generalized) Read(AnalyticsStore store, ReportScope scope, int year);

    /// <summary>
    /// The methodology's criteria as conformity rows (clause, requirement with its norm, evidence, status) for the
    /// year; a source without criteria returns none and the Declaration prints the Standard's checks only.
    /// </summary>
    IReadOnlyList<RequirementResult> Criteria(AnalyticsStore store, ReportScope scope, int year, double partialTolerance) => [];
}

/// <summary>Plans from the <c>plan</c> table (targets <c>informativeness</c>, <c>execution</c>, <c>feedback</c>, <c>generalized</c>); no facts.</summary>
public sealed class PlanTableIndicatorSource : IIndicatorSource
{
    internal static readonly (string Code, string Name)[] Catalog =
    [
        ("informativeness", "Информативность"),
        ("execution", "Исполнительность"),
        ("feedback", "Результативность обратной связи"),
    ];

    public (IReadOnlyList<IndicatorLine> Indicators, IndicatorLine Generalized) Read(AnalyticsStore store, ReportScope scope, int year)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = store.Open();
        var plans = connection.Query<(string Target, double Value)>(
            "SELECT target, value FROM plan WHERE year = $year AND scope_code = $scope",
            new { year, scope = scope.IsWholeStore ? CompanyCode(connection) : scope.Code }).ToDictionary(p => p.Target, p => p.Value);
        const string note = "фактическое значение рассчитывается модулем индикаторов; за период не рассчитано (нет данных)";
        var lines = Catalog.Select(c => new IndicatorLine(c.Code, c.Name, plans.TryGetValue(c.Code, out var p) ? p : null, null, null, note)).ToList();
        var generalized = new IndicatorLine("generalized", "Обобщённый показатель", plans.TryGetValue("generalized", out var g) ? g : null, null, null, note);
        return (lines, generalized);
    }

    private static string CompanyCode(DuckDB.NET.Data.DuckDBConnection connection) =>
        connection.QueryFirstOrDefault<string>("SELECT code FROM org_unit WHERE level = 'company' ORDER BY code") ?? "";
}
