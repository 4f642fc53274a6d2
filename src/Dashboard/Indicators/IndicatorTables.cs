using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Records;
using Dashboard.Localization;

namespace Dashboard.Indicators;

/// <summary>Indicator rows for a filter, with the months they cover (whole months: the engine counts by month), the
/// methodology's plan tolerance (relative, 0.30 = ±30 % of the plan) the outcome words state, the period length of a
/// row and the day (display zone) that decides whether a period is still running.</summary>
public sealed record IndicatorRows(DateOnly From, DateOnly To, OrgLevel Level, IReadOnlyList<UnitPeriodResult> Rows, double Tolerance = 0.30,
    Granularity Granularity = Granularity.Year, DateOnly? Today = null);

/// <summary>
/// Indicator results for a period (default: a year; whole months) as tables: the three indicators per unit (value, 95 % envelope, plan, outcome) and
/// every criterion with its n and interval, cut by branch and office. A branch manager gets their branch (or its
/// offices) only, never the company. Channel and consumer type do not apply: the engine's counts are not kept by them.
/// </summary>
public sealed class IndicatorTables(IndicatorService indicators, OrgQuery org, TimeProvider clock, OrgDirectory directory, AnalyticsStore store,
    Analytics.Engine.Time.DisplayTime time)
{
    public const string Summary = "indicators", Criteria = "criteria";

    /// <summary>The filters indicator pages honour.</summary>
    public const FilterFields Applies = FilterFields.Period | FilterFields.Branch | FilterFields.Office;

    public IndicatorRows Load(DashboardFilter filter, OrgLevel level, UserScope scope, Granularity granularity = Granularity.Year)
    {
        filter = filter.Only(Applies).For(scope);
        var (from, to) = Months(filter, clock);
        // A branch or office filter cannot show the company; an office filter shows that office.
        if (filter.Office is not null) level = OrgLevel.Office;
        else if (filter.Branch is not null && level == OrgLevel.Company) level = OrgLevel.Branch;
        var set = indicators.Compute(new IndicatorQuery
        {
            From = from, To = new DateOnly(to.Year, to.Month, 1), Level = level, Granularity = granularity,
        });
        IReadOnlyList<UnitPeriodResult> rows = set.Rows;
        if (filter.Office is { } office) rows = [.. rows.Where(r => r.UnitCode == office)];
        if (filter.Branch is { } branch)
        {
            var offices = org.Offices(branch).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
            rows = [.. rows.Where(r => level == OrgLevel.Branch ? r.UnitCode == branch : offices.Contains(r.UnitCode))];
        }
        var names = directory.DisplayNames();
        // Offices named with city and code, in the order of their names (the engine's order is by code).
        rows = [.. rows.Select(r => r.Level == OrgLevel.Office && names.TryGetValue(r.UnitCode, out var n) ? r with { UnitName = n } : r)
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.UnitName, StringComparer.Ordinal)];
        var tolerance = new MethodologyRepository(store).Get(set.MethodologyId, set.MethodologyVersion).Plan.Tolerance;
        return new IndicatorRows(from, to, level, rows, tolerance, granularity, time.Today);
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

    /// <summary>
    /// The tables as people read them: names from the catalogue, shares as "89,7 %", the plan outcome in words with
    /// its tolerance. Each figure is a <see cref="Cell"/>, so an export keeps the full-precision number.
    /// </summary>
    public static TableView? Get(string name, IReadOnlyList<UnitPeriodResult> rows, Ui t, double tolerance = 0.30, DateOnly? today = null) =>
        Marked(name switch
    {
        Summary => new TableView(name,
            [t["Indicators.Period"], t["Indicators.Unit"], t["Indicators.Indicator"], t["Indicators.Value"], t["Indicators.Lower"], t["Indicators.Upper"],
             "n", t["Indicators.Plan"], t["Indicators.Outcome"]],
            [.. rows.SelectMany(r => r.Indicators.Select(i => new object?[]
                { Period(r, today), r.UnitName, t.Label(Vocab.Indicator, i.IndicatorId), Share(i.Value), Share(i.Lower), Share(i.Upper), i.N, Share(i.Plan),
                  new Cell(i.Outcome, Numbers.Outcome(i.Outcome, i.Tolerance ?? tolerance, i.Plan)) }))]),
        Criteria => new TableView(name,
            [t["Indicators.Period"], t["Indicators.Unit"], t["Indicators.Indicator"], t["Indicators.Criterion"], t["Indicators.Value"], "n",
             t["Indicators.Lower"], t["Indicators.Upper"], t["Indicators.Score"], t["Indicators.Norm"], t["Indicators.Insufficient"],
             t["Indicators.Note"]],
            [.. rows.SelectMany(r => r.Indicators.SelectMany(i => i.Criteria.Select(c => new object?[]
                { Period(r, today), r.UnitName, t.Label(Vocab.Indicator, c.Indicator), t.Label(Vocab.Criterion, c.CriterionId), Value(c.Value, c.CriterionId), c.N,
                  Value(c.Lower, c.CriterionId), Value(c.Upper, c.CriterionId), Score(c.Score), Value(c.Norm, c.CriterionId),
                  c.Insufficient ? t["Indicators.Insufficient"] : "", c.Note ?? "" })))]),
        _ => null,
    }, rows, today);

    /// <summary>
    /// The row's period as people name it ("2026", "IV кв. 2026", "дек 2026"), marked "*" while it runs on
    /// <paramref name="today"/> (the Engine's partial-period rule); the file keeps the period's first day.
    /// </summary>
    private static Cell Period(UnitPeriodResult row, DateOnly? today) => new(row.PeriodStart,
        today is { } day ? PeriodLabels.Of(row.PeriodStart, row.Granularity, day) : PeriodLabels.Name(row.PeriodStart, row.Granularity));

    /// <summary>A table with a running period carries the footnote that says so, with the day the data runs to.</summary>
    private static TableView? Marked(TableView? view, IReadOnlyList<UnitPeriodResult> rows, DateOnly? today) =>
        view is not null && today is { } day && rows.Any(r => !PeriodLabels.IsComplete(r.PeriodStart, r.Granularity, day))
            ? view with { Footnote = PeriodLabels.PartialNote(day) } : view;

    private static Cell Share(double? v) => new(Round(v), Numbers.Share(v));

    private static Cell Value(double? v, string criterion) => new(Round(v), Numbers.Value(v, Labels.UnitOf(criterion)));

    /// <summary>Scores are 0…100 points.</summary>
    private static Cell Score(double? v) => new(Round(v), Numbers.Decimal(v));

    /// <summary>
    /// The criteria table with each criterion's figures linking to the records its n counts (the unit and period of
    /// the row); a manual criterion has no records.
    /// </summary>
    public static TableView CriteriaWithLinks(IndicatorRows data, Func<string, string?> measureOf, Ui t)
    {
        var cells = data.Rows.SelectMany(r => r.Indicators.SelectMany(i => i.Criteria.Select(c => (Row: r, c.CriterionId)))).ToList();
        return Get(Criteria, data.Rows, t, data.Tolerance, data.Today)!.WithLinks(i => RecordLinks.ForCriterion(measureOf(cells[i].CriterionId), cells[i].CriterionId,
            Unit(cells[i].Row, data)));
    }

    /// <summary>The summary table with each unit's figures linking to the indicator's criteria for that unit.</summary>
    public static TableView SummaryWithLinks(IndicatorRows data, Ui t)
    {
        var cells = data.Rows.SelectMany(r => r.Indicators.Select(_ => r)).ToList();
        return Get(Summary, data.Rows, t, data.Tolerance, data.Today)!.WithLinks(i =>
            $"/indicators?{Unit(cells[i], data).ToQuery()}&level={data.Level.ToString().ToLowerInvariant()}&by={data.Granularity.ToString().ToLowerInvariant()}");
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
