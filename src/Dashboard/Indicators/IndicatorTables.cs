using Analytics.Engine.Indicators;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Records;
using Dashboard.Localization;

namespace Dashboard.Indicators;

/// <summary>Indicator rows for a filter, with the months they cover (whole months: the engine counts by month).</summary>
public sealed record IndicatorRows(DateOnly From, DateOnly To, OrgLevel Level, IReadOnlyList<UnitPeriodResult> Rows);

/// <summary>
/// Indicator results for a period (default: a year; whole months) as tables: the three indicators per unit (value, 95 % envelope, plan, outcome) and
/// every criterion with its n and interval, cut by branch and office. A branch manager gets their branch (or its
/// offices) only, never the company. Channel and consumer type do not apply: the engine's counts are not kept by them.
/// </summary>
public sealed class IndicatorTables(IndicatorService indicators, OrgQuery org, TimeProvider clock)
{
    public const string Summary = "indicators", Criteria = "criteria";

    /// <summary>The filters indicator pages honour.</summary>
    public const FilterFields Applies = FilterFields.Period | FilterFields.Branch | FilterFields.Office;

    public IndicatorRows Load(DashboardFilter filter, OrgLevel level, UserScope scope)
    {
        filter = filter.Only(Applies).For(scope);
        var (from, to) = Months(filter, clock);
        // A branch or office filter cannot show the company; an office filter shows that office.
        if (filter.Office is not null) level = OrgLevel.Office;
        else if (filter.Branch is not null && level == OrgLevel.Company) level = OrgLevel.Branch;
        var set = indicators.Compute(new IndicatorQuery
        {
            From = from, To = new DateOnly(to.Year, to.Month, 1), Level = level, Granularity = Granularity.Year,
        });
        IReadOnlyList<UnitPeriodResult> rows = set.Rows;
        if (filter.Office is { } office) rows = [.. rows.Where(r => r.UnitCode == office)];
        if (filter.Branch is { } branch)
        {
            var offices = org.Offices(branch).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
            rows = [.. rows.Where(r => level == OrgLevel.Branch ? r.UnitCode == branch : offices.Contains(r.UnitCode))];
        }
        return new IndicatorRows(from, to, level, rows);
    }

    /// <summary>The whole months a filter covers: first day of the first, last day of the last (default: the latest full year).</summary>
    public static (DateOnly From, DateOnly To) Months(DashboardFilter filter, TimeProvider clock)
    {
        var now = clock.GetLocalNow();
        var year = now.Year - (now.Month == 1 ? 1 : 0);
        var from = filter.From ?? new DateOnly(filter.To?.Year ?? year, 1, 1);
        var to = filter.To ?? new DateOnly(filter.From?.Year ?? year, 12, 31);
        return (new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1).AddMonths(1).AddDays(-1));
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

    /// <summary>
    /// The criteria table with each criterion's figures linking to the records its n counts (the unit and period of
    /// the row); a manual criterion has no records.
    /// </summary>
    public static TableView CriteriaWithLinks(IndicatorRows data, Func<string, string?> measureOf, Ui t)
    {
        var cells = data.Rows.SelectMany(r => r.Indicators.SelectMany(i => i.Criteria.Select(c => (Row: r, c.CriterionId)))).ToList();
        return Get(Criteria, data.Rows, t)!.WithLinks(i => RecordLinks.ForCriterion(measureOf(cells[i].CriterionId), cells[i].CriterionId,
            Unit(cells[i].Row, data)));
    }

    /// <summary>The summary table with each unit's figures linking to the indicator's criteria for that unit.</summary>
    public static TableView SummaryWithLinks(IndicatorRows data, Ui t)
    {
        var cells = data.Rows.SelectMany(r => r.Indicators.Select(_ => r)).ToList();
        return Get(Summary, data.Rows, t)!.WithLinks(i =>
            $"/indicators?{Unit(cells[i], data).ToQuery()}&level={data.Level.ToString().ToLowerInvariant()}");
    }

    /// <summary>The filter of one result row: its unit and its period within the months shown.</summary>
    public static DashboardFilter Unit(UnitPeriodResult row, IndicatorRows data)
    {
        var end = row.Granularity switch
        {
            Granularity.Year => row.PeriodStart.AddYears(1), Granularity.Quarter => row.PeriodStart.AddMonths(3), _ => row.PeriodStart.AddMonths(1),
        };
        var from = row.PeriodStart > data.From ? row.PeriodStart : data.From;
        var to = end.AddDays(-1) < data.To ? end.AddDays(-1) : data.To;
        return row.Level switch
        {
            OrgLevel.Office => new DashboardFilter(from, to, Office: row.UnitCode),
            OrgLevel.Branch => new DashboardFilter(from, to, Branch: row.UnitCode),
            _ => new DashboardFilter(from, to),
        };
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
