using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using Analytics.Engine.Statistics;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Localization;

namespace Dashboard.Trends;

/// <summary>One month of an indicator's series with the same month a year earlier.</summary>
public sealed record TrendPoint(int Month, double? Value, double? PreviousYear)
{
    public double? YoY => Value is { } v && PreviousYear is { } p ? v - p : null;
}

/// <summary>An indicator's monthly series for a year, the plan, and the Mann–Kendall test over the two years shown.</summary>
public sealed record TrendData(int Year, IReadOnlyList<string> Indicators, string? Indicator, string UnitName,
    IReadOnlyList<TrendPoint> Points, double? Plan, MannKendallResult? Trend, double? Tolerance = null);

/// <summary>Monthly indicator series for the company (a branch manager: their branch) with YoY and trend test.</summary>
public sealed class TrendView(IndicatorService indicators, AnalyticsStore store)
{
    public const string Table = "trends";

    public TrendData Load(int year, string? indicator, UserScope scope)
    {
        var set = indicators.Compute(new IndicatorQuery
        {
            From = new DateOnly(year - 1, 1, 1), To = new DateOnly(year, 12, 1),
            Level = scope.BranchCode is null ? OrgLevel.Company : OrgLevel.Branch, Granularity = Granularity.Month,
        });
        var rows = set.Rows.Where(r => scope.BranchCode is null || r.UnitCode == scope.BranchCode).ToList();
        var ids = rows.SelectMany(r => r.Indicators.Select(i => i.IndicatorId)).Distinct().Order(StringComparer.Ordinal).ToList();
        var chosen = indicator is not null && ids.Contains(indicator) ? indicator : ids.FirstOrDefault();
        IndicatorValue? At(int y, int m) => rows.FirstOrDefault(r => r.PeriodStart == new DateOnly(y, m, 1))?
            .Indicators.FirstOrDefault(i => i.IndicatorId == chosen);
        var points = Enumerable.Range(1, 12).Select(m => new TrendPoint(m, At(year, m)?.Value, At(year - 1, m)?.Value)).ToList();
        var series = points.Select(p => p.PreviousYear ?? double.NaN).Concat(points.Select(p => p.Value ?? double.NaN)).ToList();
        var plan = Enumerable.Range(1, 12).Select(m => At(year, m)?.Plan).FirstOrDefault(p => p is not null);
        return new TrendData(year, ids, chosen, rows.FirstOrDefault()?.UnitName ?? "", points, plan,
            chosen is null ? null : Analytics.Engine.Statistics.Trend.MannKendall(series),
            plan is null ? null : Tolerance(rows[0].UnitCode, year, chosen!));
    }

    /// <summary>The plan row's tolerance k, else the methodology's (outcome 0 = within plan·(1 ± k)).</summary>
    private double Tolerance(string unit, int year, string indicator)
    {
        using var c = store.Open();
        return c.ExecuteScalar<double?>("SELECT tolerance FROM plan WHERE scope_code = $unit AND year = $year AND target = $indicator",
                   new { unit, year, indicator })
               ?? new MethodologyRepository(store).Get().Plan.Tolerance;
    }

    public static TableView ToTable(TrendData data, Ui t) => new(Table,
        [t["Trends.Month"], t["Indicators.Value"], t["Trends.PreviousYear"], t["Trends.YoY"]],
        [.. data.Points.Select(p => new object?[] { $"{data.Year}-{p.Month:00}", Round(p.Value), Round(p.PreviousYear), Round(p.YoY) })]);

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
