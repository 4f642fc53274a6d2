using Analytics.Engine.AuditReview;
using Analytics.Engine.Store;
using Analytics.Engine.Time;
using Dapper;

namespace Analytics.Engine.AuditPlans;

/// <summary>
/// Planned / done / late / missed per office and period (#16.1, ADR 0022) — the one computation behind the coverage
/// page, <c>analytics audit coverage</c> and the Declaration's evidence line. Done = an approved audit of the plan's
/// office and form visited inside the window; late = approved but visited after the window ended; missed = the window
/// ended without one. Each audit fulfils at most one window: in-window matches first, then late ones, oldest first.
/// The visit date is the audit's start (else its submission) in the display zone.
/// </summary>
public sealed class AuditCoverage(AnalyticsStore store, DisplayTime? time = null)
{
    private readonly DisplayTime _time = time ?? DisplayTime.Default;

    /// <summary>A quarter's coverage (quarter 1…4), optionally limited to some offices (a branch, the Declaration's scope).</summary>
    public CoverageReport Quarter(int year, int quarter, IReadOnlyCollection<string>? offices = null)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), "Квартал: от 1 до 4.");
        var from = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return Period(from, from.AddMonths(3).AddDays(-1), offices);
    }

    /// <summary>Occurrences whose window ends in [from, to].</summary>
    public CoverageReport Period(DateOnly from, DateOnly to, IReadOnlyCollection<string>? offices = null)
    {
        var today = _time.Today;
        using var connection = store.Open();
        var plans = AuditPlanService.Read(connection, null, "", null)
            .Where(p => offices is null || offices.Contains(p.OfficeCode)).ToList();
        var names = connection.Query<(string Code, string Name, string? Parent)>("SELECT code, name, parent_code FROM org_unit WHERE level = 'office'")
            .ToDictionary(o => o.Code);
        var forms = connection.Query<(string Id, string Title)>("SELECT id, title_ru FROM form_definition").ToDictionary(f => f.Id, f => f.Title);
        var audits = connection.Query<(string Id, string Office, string Definition, DateTime Visit, string? State)>($"""
            SELECT s.id, s.office_code, s.definition_id, coalesce(s.started_at, s.submitted_at), r.state
            FROM submission s LEFT JOIN audit_review_current r ON r.submission_id = s.id
            WHERE {ReviewRules.IsAuditSql} AND s.office_code IN (SELECT office_code FROM audit_plan)
            """).Select(a => new Visit(a.Id, a.Office, a.Definition, DateOnly.FromDateTime(_time.FromUtc(a.Visit)), ReviewRules.Parse(a.State)))
            .ToLookup(a => (a.Office, a.Definition));

        var horizon = to > today ? to : today;
        var occurrences = new List<Occurrence>();
        foreach (var group in plans.GroupBy(p => (p.OfficeCode, p.DefinitionId)))
        {
            var windows = group.SelectMany(p => PlanWindows.Of(p, p.StartsOn, horizon).Select(w => (Plan: p, Window: w)))
                .OrderBy(x => x.Window.To).ThenBy(x => x.Plan.Id).ToList();
            var title = forms.GetValueOrDefault(group.Key.DefinitionId, group.Key.DefinitionId);
            occurrences.AddRange(Match(windows, audits[group.Key].OrderBy(a => a.On).ThenBy(a => a.Id).ToList(), today, title)
                .Where(o => o.Window.To >= from && o.Window.To <= to));
        }
        var byOffice = occurrences.GroupBy(o => o.OfficeCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OfficeCoverage(g.Key, names.TryGetValue(g.Key, out var n) ? n.Name : g.Key, names.TryGetValue(g.Key, out var b) ? b.Parent : null,
                [.. g.OrderBy(o => o.Window.From).ThenBy(o => o.PlanId)]))
            .ToList();
        return new CoverageReport(from, to, today, byOffice);
    }

    /// <summary>
    /// What the runner shows an auditor: windows of their offices' plans (assigned to them or to the pool) that are open
    /// now or open within <paramref name="aheadDays"/>, not yet done, soonest deadline first.
    /// </summary>
    public IReadOnlyList<Occurrence> DueFor(string auditor, IReadOnlyCollection<string> offices, int aheadDays = 31)
    {
        var today = _time.Today;
        return [.. Period(today, today.AddDays(aheadDays + 92), offices).Offices.SelectMany(o => o.Occurrences)
            .Where(o => o.State is CoverageState.Open or CoverageState.Upcoming && o.Window.From <= today.AddDays(aheadDays))
            .Where(o => o.Auditor is null || string.Equals(o.Auditor, auditor, StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.Window.To).ThenBy(o => o.OfficeCode, StringComparer.Ordinal)];
    }

    private sealed record Visit(string Id, string Office, string Definition, DateOnly On, ReviewState State);

    private static IEnumerable<Occurrence> Match(List<(AuditPlan Plan, PlanWindow Window)> windows, List<Visit> visits, DateOnly today, string form)
    {
        var approved = visits.Where(v => v.State == ReviewState.Approved).ToList();
        var used = new HashSet<string>();
        var hit = new Visit?[windows.Count];
        for (var i = 0; i < windows.Count; i++)   // in time first, so a timely audit is never spent on an older window
        {
            var w = windows[i].Window;
            hit[i] = approved.FirstOrDefault(v => !used.Contains(v.Id) && v.On >= w.From && v.On <= w.To);
            if (hit[i] is { } v) used.Add(v.Id);
        }
        for (var i = 0; i < windows.Count; i++)
        {
            var (plan, w) = windows[i];
            var late = false;
            if (hit[i] is null && w.To < today)
            {
                hit[i] = approved.FirstOrDefault(v => !used.Contains(v.Id) && v.On > w.To);
                if (hit[i] is { } v) { used.Add(v.Id); late = true; }
            }
            var state = hit[i] is not null ? (late ? CoverageState.Late : CoverageState.Done)
                : w.To < today ? CoverageState.Missed : w.From > today ? CoverageState.Upcoming : CoverageState.Open;
            var pending = hit[i] is null
                ? visits.FirstOrDefault(v => ReviewRules.AwaitsReviewer(v.State) && v.On >= w.From && (v.On <= w.To || w.To < today))?.Id
                : null;
            yield return new Occurrence(plan.Id, plan.OfficeCode, plan.DefinitionId, form, plan.Auditor, w, state, hit[i]?.Id, hit[i]?.On, pending);
        }
    }
}
