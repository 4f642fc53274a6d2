using Analytics.Engine.Actions;
using Analytics.Engine.Indicators;
using Dashboard.Access;

namespace Dashboard.Overview;

/// <summary>One indicator on the overview: the year's value and envelope, plan and outcome, and the monthly values for a sparkline.</summary>
public sealed record IndicatorCard(string IndicatorId, double? Value, double? Lower, double? Upper, long N, double? Plan, int? Outcome,
    IReadOnlyList<(string Month, double? Value)> Monthly);

/// <summary>The overview for one unit and year.</summary>
public sealed record OverviewData(int Year, string UnitName, IReadOnlyList<IndicatorCard> Indicators, int OpenActions, int OverdueActions);

/// <summary>
/// The executive overview: the company's (a branch manager's: their branch's) indicators for the year with plan and
/// outcome, monthly values for sparklines, and the corrective actions still open and overdue.
/// </summary>
public sealed class IndicatorOverview(IndicatorService indicators, CorrectiveActionService actions, TimeProvider clock)
{
    public OverviewData Load(int year, UserScope scope)
    {
        var level = scope.BranchCode is null ? OrgLevel.Company : OrgLevel.Branch;
        IndicatorResultSet Compute(Granularity g) => indicators.Compute(new IndicatorQuery
        {
            From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 1), Level = level, Granularity = g,
        });
        bool Mine(UnitPeriodResult r) => scope.BranchCode is null || r.UnitCode == scope.BranchCode;
        var yearly = Compute(Granularity.Year).Rows.FirstOrDefault(Mine);
        var monthly = Compute(Granularity.Month).Rows.Where(Mine).OrderBy(r => r.PeriodStart).ToList();
        var cards = (yearly?.Indicators ?? []).Select(i => new IndicatorCard(i.IndicatorId, i.Value, i.Lower, i.Upper, i.N, i.Plan, i.Outcome,
            [.. monthly.Select(m => (m.Period, m.Indicators.FirstOrDefault(x => x.IndicatorId == i.IndicatorId)?.Value))])).ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var open = actions.List(new ActionFilter(BranchCode: scope.BranchCode, Today: today))
            .Where(a => a.Status is ActionStatus.Open or ActionStatus.InProgress or ActionStatus.Reopened).ToList();
        return new OverviewData(year, yearly?.UnitName ?? "", cards, open.Count, open.Count(a => a.IsOverdue(today)));
    }
}
