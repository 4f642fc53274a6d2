using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Queries.Trends;

/// <summary>The tolerance k a plan row sets for an indicator (outcome 0 = within plan·(1 ± k)), else the methodology's.</summary>
public sealed class PlanTolerance(AnalyticsStore store)
{
    public double Of(string unit, int year, string indicator)
    {
        using var c = store.Open();
        return c.ExecuteScalar<double?>("SELECT tolerance FROM plan WHERE scope_code = $unit AND year = $year AND target = $indicator",
                   new { unit, year, indicator })
               ?? new MethodologyRepository(store).Get().Plan.Tolerance;
    }
}
