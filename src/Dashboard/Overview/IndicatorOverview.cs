using Analytics.Engine.Actions;
using Analytics.Engine.Indicators;
using Dashboard.Access;

namespace Dashboard.Overview;

/// <summary>One indicator on the overview: the year's value and envelope, plan and outcome, and the monthly values for a sparkline.</summary>
public sealed record IndicatorCard(string IndicatorId, double? Value, double? Lower, double? Upper, long N, double? Plan, int? Outcome,
    IReadOnlyList<(string Month, double? Value)> Monthly, double? Tolerance = null, double? Previous = null, double? Comparable = null)
{
    /// <summary>
    /// Change against the previous year in percentage points over the same months (<see cref="Comparable"/>: this
    /// year's value over them); null when either side has no value.
    /// </summary>
    public double? ChangePoints => (Comparable ?? Value) is { } v && Previous is { } p ? (v - p) * 100 : null;
}

/// <summary>An office among the worst of the year: how many indicators are below plan and its lowest value.</summary>
public sealed record WeakOffice(string Code, string Name, int BelowPlan, string? WorstIndicator, double? WorstValue);

/// <summary>The overview for one unit and year.</summary>
/// <remarks><see cref="Comparison"/> names what the change compares ("янв–ноя 2026 к янв–ноя 2025" while the year
/// runs); null when there is no complete month to compare.</remarks>
public sealed record OverviewData(int Year, string UnitName, IReadOnlyList<IndicatorCard> Indicators, int OpenActions, int OverdueActions,
    IReadOnlyList<WeakOffice>? WorstOffices = null, string? Comparison = null);

/// <summary>
/// The executive overview: the company's (a branch manager's: their branch's) indicators for the year with plan and
/// outcome, monthly values for sparklines, and the corrective actions still open and overdue.
/// </summary>
public sealed class IndicatorOverview(IndicatorService indicators, CorrectiveActionService actions, TimeProvider clock, OrgQuery org,
    Analytics.Engine.Time.DisplayTime time)
{
    public OverviewData Load(int year, UserScope scope)
    {
        var level = scope.BranchCode is null ? OrgLevel.Company : OrgLevel.Branch;
        IndicatorResultSet Compute(Granularity g, int y = 0, OrgLevel? at = null, int months = 12) => indicators.Compute(new IndicatorQuery
        {
            From = new DateOnly(y == 0 ? year : y, 1, 1), To = new DateOnly(y == 0 ? year : y, months, 1), Level = at ?? level, Granularity = g,
        });
        bool Mine(UnitPeriodResult r) => scope.BranchCode is null || r.UnitCode == scope.BranchCode;
        var yearly = Compute(Granularity.Year).Rows.FirstOrDefault(Mine);
        // The change compares the same complete months of both years (Engine rule): Jan–Nov with Jan–Nov while December runs.
        var comparable = Analytics.Engine.Time.Periods.ComparableMonths(year, time.Today);
        var now = comparable is > 0 and < 12 ? Compute(Granularity.Year, months: comparable).Rows.FirstOrDefault(Mine) : yearly;
        var before = comparable == 0 ? null : Compute(Granularity.Year, year - 1, months: comparable).Rows.FirstOrDefault(Mine);
        var monthly = Compute(Granularity.Month).Rows.Where(Mine).OrderBy(r => r.PeriodStart).ToList();
        var cards = (yearly?.Indicators ?? []).Select(i => new IndicatorCard(i.IndicatorId, i.Value, i.Lower, i.Upper, i.N, i.Plan, i.Outcome,
            [.. monthly.Select(m => (m.Period, m.Indicators.FirstOrDefault(x => x.IndicatorId == i.IndicatorId)?.Value))], i.Tolerance,
            before?.Indicators.FirstOrDefault(x => x.IndicatorId == i.IndicatorId)?.Value,
            now?.Indicators.FirstOrDefault(x => x.IndicatorId == i.IndicatorId)?.Value)).ToList();
        var worst = Worst(Compute(Granularity.Year, at: OrgLevel.Office).Rows, scope.BranchCode);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var open = actions.List(new ActionFilter(BranchCode: scope.BranchCode, Today: today))
            .Where(a => a.Status is ActionStatus.Open or ActionStatus.InProgress or ActionStatus.Reopened).ToList();
        return new OverviewData(year, yearly?.UnitName ?? "", cards, open.Count, open.Count(a => a.IsOverdue(today)), worst,
            Analytics.Engine.Vocabulary.PeriodLabels.Comparison(year, time.Today));
    }

    /// <summary>
    /// The five offices most below plan (most indicators below plan, then the lowest value), held to the user's branch.
    /// Offices with every indicator at or above plan are not "worst" and are left out.
    /// </summary>
    private IReadOnlyList<WeakOffice> Worst(IReadOnlyList<UnitPeriodResult> offices, string? branch)
    {
        var mine = branch is null ? null : org.Offices(branch).Select(o => o.Code).ToHashSet();
        return [.. offices.Where(o => mine is null || mine.Contains(o.UnitCode))
            .Select(o => (Office: o, Below: o.Indicators.Where(i => i.Outcome < 0).ToList()))
            .Where(x => x.Below.Count > 0)
            .Select(x => (x.Office, x.Below, Lowest: x.Below.OrderBy(i => i.Value).First()))
            .OrderByDescending(x => x.Below.Count).ThenBy(x => x.Lowest.Value).Take(5)
            .Select(x => new WeakOffice(x.Office.UnitCode, x.Office.UnitName, x.Below.Count, x.Lowest.IndicatorId, x.Lowest.Value))];
    }
}
