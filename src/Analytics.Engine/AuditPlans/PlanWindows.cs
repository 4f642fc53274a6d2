namespace Analytics.Engine.AuditPlans;

/// <summary>
/// The due windows of a plan (the one home of "when is an audit due", ADR 0022): monthly = each calendar month,
/// quarterly = each quarter, N per quarter = the quarter's days cut into N nearly equal parts, wave = the one window
/// [starts, ends]. Windows are clipped to the plan's active span; only windows that overlap [from, to] are returned.
/// </summary>
public static class PlanWindows
{
    public static IReadOnlyList<PlanWindow> Of(AuditPlan plan, DateOnly from, DateOnly to)
    {
        if (plan.Recurrence == Recurrence.Wave)
            return plan.EndsOn is { } end && plan.StartsOn <= to && end >= from ? [new PlanWindow(plan.StartsOn, end)] : [];
        var list = new List<PlanWindow>();
        var last = plan.EndsOn is { } e && e < to ? e : to;
        var q = new DateOnly(plan.StartsOn.Year, (plan.StartsOn.Month - 1) / 3 * 3 + 1, 1);
        for (; q <= last; q = q.AddMonths(3))
            foreach (var w in InQuarter(plan, q))
            {
                var clipped = new PlanWindow(w.From < plan.StartsOn ? plan.StartsOn : w.From, plan.EndsOn is { } pe && w.To > pe ? pe : w.To);
                if (clipped.From <= clipped.To && clipped.To >= from && clipped.From <= to && w.To >= plan.StartsOn) list.Add(clipped);
            }
        return list;
    }

    private static IEnumerable<PlanWindow> InQuarter(AuditPlan plan, DateOnly quarter)
    {
        var end = quarter.AddMonths(3).AddDays(-1);
        switch (plan.Recurrence)
        {
            case Recurrence.Monthly:
                for (var m = quarter; m <= end; m = m.AddMonths(1)) yield return new PlanWindow(m, m.AddMonths(1).AddDays(-1));
                break;
            case Recurrence.Quarterly:
                yield return new PlanWindow(quarter, end);
                break;
            default:
                var days = end.DayNumber - quarter.DayNumber + 1;
                var n = Math.Clamp(plan.PerQuarter, 1, days);
                for (var i = 0; i < n; i++)
                    yield return new PlanWindow(quarter.AddDays(days * i / n), quarter.AddDays(days * (i + 1) / n - 1));
                break;
        }
    }
}
