using Analytics.Engine.Indicators;
using Analytics.Engine.Store;
using Analytics.Engine.Statistics;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Localization;
using Analytics.Engine.Vocabulary;

namespace Dashboard.Trends;

/// <summary>One month of an indicator's series with the same month a year earlier.</summary>
public sealed record TrendPoint(int Month, double? Value, double? PreviousYear)
{
    public double? YoY => Value is { } v && PreviousYear is { } p ? v - p : null;
}

/// <summary>An indicator's monthly series for a year, the plan, and the Mann–Kendall test over the two years shown.</summary>
public sealed record TrendData(int Year, IReadOnlyList<string> Indicators, string? Indicator, string UnitName,
    IReadOnlyList<TrendPoint> Points, double? Plan, OrgLevel Level, string? UnitCode, MannKendallResult? Trend, double? Tolerance = null,
    double? MethodologyTolerance = null)
{
    /// <summary>The indicators page for one month of the series (its criteria, each linking to its records).</summary>
    public string MonthLink(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        var filter = Level switch
        {
            OrgLevel.Office => new DashboardFilter(from, from.AddMonths(1).AddDays(-1), Office: UnitCode),
            OrgLevel.Branch => new DashboardFilter(from, from.AddMonths(1).AddDays(-1), Branch: UnitCode),
            _ => new DashboardFilter(from, from.AddMonths(1).AddDays(-1)),
        };
        return $"/indicators?{filter.ToQuery()}&level={Level.ToString().ToLowerInvariant()}";
    }
}

/// <summary>
/// Monthly indicator series of the year the filter's period ends in (default: the latest full year) for the company,
/// a branch or an office (a branch manager: their branch or its offices), with YoY and the trend test.
/// </summary>
public sealed class TrendView(IndicatorService indicators, AnalyticsStore store, TimeProvider clock)
{
    public const string Table = "trends";

    /// <summary>The filters trends honour: the period picks the year; branch or office pick the unit.</summary>
    public const FilterFields Applies = FilterFields.Period | FilterFields.Branch | FilterFields.Office;

    public TrendData Load(DashboardFilter filter, string? indicator, UserScope scope)
    {
        filter = filter.Only(Applies).For(scope);
        var year = filter.To?.Year ?? filter.From?.Year ?? clock.GetLocalNow().Year - (clock.GetLocalNow().Month == 1 ? 1 : 0);
        var (level, unit) = filter.Office is { } office ? (OrgLevel.Office, office)
            : filter.Branch is { } branch ? (OrgLevel.Branch, branch) : (OrgLevel.Company, (string?)null);
        var set = indicators.Compute(new IndicatorQuery
        {
            From = new DateOnly(year - 1, 1, 1), To = new DateOnly(year, 12, 1), Level = level, Granularity = Granularity.Month,
        });
        // An office outside the user's branch yields no rows rather than another branch's figures.
        var allowed = filter.Office is null || InBranch(filter.Office, filter.Branch);
        var rows = set.Rows.Where(r => unit is null || r.UnitCode == unit && allowed).ToList();
        var ids = rows.SelectMany(r => r.Indicators.Select(i => i.IndicatorId)).Distinct().Order(StringComparer.Ordinal).ToList();
        var chosen = indicator is not null && ids.Contains(indicator) ? indicator : ids.FirstOrDefault();
        IndicatorValue? At(int y, int m) => rows.FirstOrDefault(r => r.PeriodStart == new DateOnly(y, m, 1))?
            .Indicators.FirstOrDefault(i => i.IndicatorId == chosen);
        var points = Enumerable.Range(1, 12).Select(m => new TrendPoint(m, At(year, m)?.Value, At(year - 1, m)?.Value)).ToList();
        var series = points.Select(p => p.PreviousYear ?? double.NaN).Concat(points.Select(p => p.Value ?? double.NaN)).ToList();
        var plan = Enumerable.Range(1, 12).Select(m => At(year, m)?.Plan).FirstOrDefault(p => p is not null);
        var name = rows.FirstOrDefault()?.UnitName ?? "";
        if (level == OrgLevel.Office && unit is not null && new Analytics.Engine.Vocabulary.OrgDirectory(store).DisplayNames().TryGetValue(unit, out var shown))
            name = shown;
        return new TrendData(year, ids, chosen, name, points, plan,
            level, unit,
            chosen is null ? null : Analytics.Engine.Statistics.Trend.MannKendall(series),
            plan is null ? null : Tolerance(rows[0].UnitCode, year, chosen!),
            // The outcome legend names the methodology's k (a plan row may set its own, which the band's legend gives).
            plan is null ? null : new Analytics.Engine.Methodology.MethodologyRepository(store).Get().Plan.Tolerance);
    }

    private bool InBranch(string office, string? branch) => branch is null || new OrgQuery(store).BranchOf(office) == branch;

    /// <summary>The plan row's tolerance k, else the methodology's (outcome 0 = within plan·(1 ± k)).</summary>
    private double Tolerance(string unit, int year, string indicator) => new Analytics.Engine.Queries.Trends.PlanTolerance(store).Of(unit, year, indicator);

    /// <summary>
    /// Months by name, values as "89,7 %", the change on a year earlier in п.п.; files keep the numbers. A month still
    /// running on <paramref name="today"/> is "дек 2026*" and the table gets the footnote saying to which day it runs.
    /// </summary>
    public static TableView ToTable(TrendData data, Ui t, DateOnly? today = null)
    {
        var running = today is { } day ? data.Points.Where(p => !Analytics.Engine.Time.Periods.IsMonthComplete(data.Year, p.Month, day) && p.Value is not null)
            .Select(p => p.Month).ToHashSet() : [];
        var view = new TableView(Table,
        [t["Trends.Month"], t["Indicators.Value"], t["Trends.PreviousYear"], t["Trends.YoY"]],
        [.. data.Points.Select(p => new object?[]
        {
            new Cell($"{data.Year}-{p.Month:00}", Charts.PlotlyLocale.Month(data.Year, p.Month) + (running.Contains(p.Month) ? PeriodLabels.Mark : "")),
            new Cell(Round(p.Value), Numbers.Share(p.Value)), new Cell(Round(p.PreviousYear), Numbers.Share(p.PreviousYear)),
            new Cell(Round(p.YoY), Numbers.Points(p.YoY)),
        })]);
        return running.Count > 0 ? view with { Footnote = PeriodLabels.PartialNote(today!.Value) } : view;
    }

    /// <summary>The table with each month's figures linking to that month's criteria (last year's to last year's).</summary>
    public static TableView ToLinkedTable(TrendData data, Ui t, DateOnly? today = null) => ToTable(data, t, today).WithLinks((r, c) =>
        data.MonthLink(c == 2 ? data.Year - 1 : data.Year, data.Points[r].Month));

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
