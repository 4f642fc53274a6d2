using Analytics.Engine.Indicators;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Indicators;

/// <summary>
/// Indicator results for one year as tables: the three indicators per unit (value, 95 % envelope, plan, outcome) and
/// every criterion with its n and interval. A branch manager gets their branch (or its offices) only, never the company.
/// </summary>
public sealed class IndicatorTables(IndicatorService indicators, OrgQuery org)
{
    public const string Summary = "indicators", Criteria = "criteria";

    public IReadOnlyList<UnitPeriodResult> Load(int year, OrgLevel level, UserScope scope)
    {
        if (scope.BranchCode is not null && level == OrgLevel.Company) level = OrgLevel.Branch;
        var set = indicators.Compute(new IndicatorQuery
        {
            From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 1), Level = level, Granularity = Granularity.Year,
        });
        if (scope.BranchCode is not { } branch) return set.Rows;
        var offices = org.Offices(branch).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        return [.. set.Rows.Where(r => level == OrgLevel.Branch ? r.UnitCode == branch : offices.Contains(r.UnitCode))];
    }

    public static TableView? Get(string name, IReadOnlyList<UnitPeriodResult> rows, Ui t) => name switch
    {
        Summary => new TableView(name,
            [t["Indicators.Unit"], t["Indicators.Indicator"], t["Indicators.Value"], t["Indicators.Lower"], t["Indicators.Upper"],
             "n", t["Indicators.Plan"], t["Indicators.Outcome"]],
            [.. rows.SelectMany(r => r.Indicators.Select(i => new object?[]
                { r.UnitName, i.IndicatorId, Round(i.Value), Round(i.Lower), Round(i.Upper), i.N, Round(i.Plan), i.Outcome }))]),
        Criteria => new TableView(name,
            [t["Indicators.Unit"], t["Indicators.Indicator"], t["Indicators.Criterion"], t["Indicators.Value"], "n",
             t["Indicators.Lower"], t["Indicators.Upper"], t["Indicators.Score"], t["Indicators.Norm"], t["Indicators.Insufficient"]],
            [.. rows.SelectMany(r => r.Indicators.SelectMany(i => i.Criteria.Select(c => new object?[]
                { r.UnitName, c.Indicator, c.CriterionId, Round(c.Value), c.N, Round(c.Lower), Round(c.Upper), Round(c.Score), Round(c.Norm),
                  c.Insufficient ? t["Indicators.Insufficient"] : "" })))]),
        _ => null,
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
