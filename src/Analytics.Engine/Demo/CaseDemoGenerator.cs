using Analytics.Engine.Actions;
using Analytics.Engine.Calendar;
using Analytics.Engine.Cases;
using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// A small, deterministic set of client cases for the demo (ADR 0027), made by the real case rules from what the demo
/// produced: twelve days ago two detractor responses and a poor-quality complaint opened cases — the two detractors
/// were closed after control calls, the complaint was left and has been escalated to its branch; yesterday three
/// more triggers opened cases that are still open. Owners are the demo's heads of service (<see cref="DemoStaff"/>,
/// users by login). Runs once.
/// </summary>
internal static class CaseDemoGenerator
{
    private const string Actor = Audit.AuditTrail.Demo;

    private static readonly string[] Heads = [.. DemoStaff.Heads.Select(p => p.Login)];

    public static int Generate(AnalyticsStore store, ProductionCalendar calendar, DateTime nowUtc)
    {
        using (var c = store.Open())
            if (c.ExecuteScalar<long>("SELECT count(*) FROM client_case") > 0) return 0;
        SetOwners(store, nowUtc);

        var earlier = nowUtc.AddDays(-12);
        var yesterday = nowUtc.AddDays(-1);
        var service = Service(store, calendar, earlier);
        var first = Pick(service.FindTriggers(earlier), (CaseTriggers.Detractor, 2), (CaseTriggers.PoorQualityComplaint, 1));
        service.OpenPass(first, earlier);
        var actions = new CorrectiveActionService(store, new FixedClock(earlier.AddDays(3)));
        var closing = new CaseService(store, actions, new AppealDeadlines(store), new CaseOptions(), new FixedClock(earlier.AddDays(3)), calendar);
        var opened = closing.List(new CaseFilter(), CaseService.Today(earlier)).OrderBy(i => i.Id).ToList();
        var calls = 0;
        foreach (var item in opened.Where(i => i.Trigger == CaseTriggers.Detractor))
            closing.Close(item.Id, calls == 0 ? "resolved" : "explained",
                new ControlCallResult($"КЗ-{CaseService.Today(earlier):yyMMdd}-{++calls}", Satisfied: true), item.Owner);

        var later = Service(store, calendar, yesterday);
        var known = first.Select(t => t.CaseKey).ToHashSet();
        var second = Pick([.. later.FindTriggers(yesterday).Where(t => !known.Contains(t.CaseKey))],
            (CaseTriggers.Detractor, 1), (CaseTriggers.PoorQualityComplaint, 1), (CaseTriggers.CriticalAuditItem, 1), (CaseTriggers.AppealOverdue, 1));
        later.OpenPass(second.Take(3).ToList(), yesterday);

        // Today's escalation pass: the complaint of twelve days ago is overdue and goes to its branch.
        Service(store, calendar, nowUtc).EscalationPass(nowUtc, CaseService.Today(nowUtc));
        using var count = store.Open();
        return (int)count.ExecuteScalar<long>("SELECT count(*) FROM client_case");
    }

    /// <summary>The first triggers of each kind, one office each, in a fixed order (source reference).</summary>
    private static List<CaseTrigger> Pick(IReadOnlyList<CaseTrigger> found, params (string Trigger, int Count)[] wanted)
    {
        var offices = new HashSet<string?>();
        var picked = new List<CaseTrigger>();
        foreach (var (trigger, count) in wanted)
            picked.AddRange(found.Where(t => t.Trigger == trigger).OrderBy(t => t.SourceRef, StringComparer.Ordinal)
                .Where(t => offices.Add(t.OfficeCode)).Take(count));
        return picked;
    }

    private static CaseService Service(AnalyticsStore store, ProductionCalendar calendar, DateTime atUtc)
    {
        var clock = new FixedClock(atUtc);
        // A wider look-back than the job's: a small demo (scale 0.01) still has a few responses and complaints to pick from.
        return new CaseService(store, new CorrectiveActionService(store, clock), new AppealDeadlines(store), new CaseOptions { LookbackDays = 90 }, clock, calendar);
    }

    // The company's and every branch's owner, and an owner for the offices of the first branch; other offices route to their branch.
    private static void SetOwners(AnalyticsStore store, DateTime nowUtc)
    {
        using var c = store.Open();
        var units = c.Query<(string Code, string Level)>("""
            SELECT code, level FROM org_unit
            WHERE level IN ('company', 'branch') OR (level = 'office' AND closed_on IS NULL)
            ORDER BY CASE level WHEN 'company' THEN 0 WHEN 'branch' THEN 1 ELSE 2 END, code
            """).ToList();
        var i = 0;
        foreach (var u in units)
            c.Execute("INSERT INTO case_owner VALUES ($code, $owner, $at, $actor) ON CONFLICT DO NOTHING",
                new { code = u.Code, owner = u.Level == "company" ? DemoStaff.Director.Login : Heads[i++ % Heads.Length], at = nowUtc, actor = Actor });
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
    }
}
