using Analytics.Engine.AuditPlans;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Time;
using Dapper;

namespace Analytics.Engine.Tests.AuditPlans;

// Coverage states (#16.1): done in the window, late after it, missed without one; only approved audits fulfil a window.
public class AuditCoverageTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 6, 30, 9, 0, 0, TimeSpan.Zero));

    private static (AuditPlanService Plans, AuditCoverage Coverage, AuditReviewService Reviews) Setup(TempStore db)
    {
        Seed.Org(db.Store);
        Seed.Sql(db.Store, "INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('chk', 'checklist', 'visit', 'Посещение офиса', '{}')");
        return (new AuditPlanService(db.Store, Clock), new AuditCoverage(db.Store, new DisplayTime(null, Clock)), new AuditReviewService(db.Store, new AuditsOptions(), Clock));
    }

    private static void Audit(TempStore db, string id, string office, string visitedUtc) => Seed.Sql(db.Store, $"""
        INSERT INTO submission (id, definition_id, version, office_code, source, auditor, started_at, submitted_at)
        VALUES ('{id}', 'chk', 1, '{office}', 'checklist', 'ivanov', '{visitedUtc}', '{visitedUtc}')
        """);

    [Fact]
    public void Quarter_CountsDoneLateMissed_AndOnlyApprovedAuditsFulfil()
    {
        using var db = new TempStore();
        var (plans, coverage, reviews) = Setup(db);
        plans.Create(new AuditPlanInput("O11", "chk", Recurrence.Monthly, new DateOnly(2025, 1, 1)), "quality");
        plans.Create(new AuditPlanInput("O12", "chk", Recurrence.Quarterly, new DateOnly(2025, 1, 1)), "quality");
        Audit(db, "jan", "O11", "2025-01-15 08:00");
        Audit(db, "mar1", "O11", "2025-03-05 08:00");
        Audit(db, "mar2", "O11", "2025-03-20 08:00");
        Audit(db, "o12", "O12", "2025-02-10 08:00");
        foreach (var id in new[] { "jan", "mar1", "mar2" }) reviews.Approve(id, "quality");
        reviews.Return("o12", "quality", "Нет фото");

        var q1 = coverage.Quarter(2025, 1);

        Assert.Equal((4, 2, 1, 1), (q1.Planned, q1.Done, q1.Late, q1.Missed));
        var o11 = q1.Offices.Single(o => o.OfficeCode == "O11").Occurrences;
        Assert.Equal([CoverageState.Done, CoverageState.Late, CoverageState.Done], o11.Select(o => o.State));
        Assert.Equal(["jan", "mar2", "mar1"], o11.Select(o => o.SubmissionId));   // the timely March audit is not spent on February
        Assert.Equal(0.5, q1.OfficeShare);                                         // O11 audited, O12 not (its audit was returned)

        reviews.Resubmit("o12", "ivanov", "Фото добавлено");
        Assert.Equal("o12", coverage.Quarter(2025, 1).Offices.Single(o => o.OfficeCode == "O12").Occurrences[0].OnReview);
        reviews.Approve("o12", "quality");
        var after = coverage.Quarter(2025, 1);
        Assert.Equal((3, 1, 0), (after.Done, after.Late, after.Missed));
        Assert.Equal(1.0, after.OfficeShare);
    }

    [Fact]
    public void ApprovedAfterTheWindow_IsLate_OpenAndUpcomingWindowsAreNeitherDoneNorMissed()
    {
        using var db = new TempStore();
        var (plans, coverage, reviews) = Setup(db);
        plans.Create(new AuditPlanInput("O21", "chk", Recurrence.Wave, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), "quality");
        plans.Create(new AuditPlanInput("O11", "chk", Recurrence.PerQuarter, new DateOnly(2025, 4, 1), PerQuarter: 2), "quality");
        Audit(db, "late", "O21", "2025-05-12 08:00");
        reviews.Approve("late", "quality");

        var q2 = coverage.Quarter(2025, 2);
        Assert.Equal(CoverageState.Late, q2.Offices.Single(o => o.OfficeCode == "O21").Occurrences.Single().State);
        var o11 = q2.Offices.Single(o => o.OfficeCode == "O11").Occurrences;
        Assert.Equal([CoverageState.Missed, CoverageState.Open], o11.Select(o => o.State));   // 1 Apr–15 May ended; 16 May–30 Jun open on 30 Jun
        Assert.Equal((3, 0, 1, 1, 1), (q2.Planned, q2.Done, q2.Late, q2.Missed, q2.Open));
    }

    [Fact]
    public void Windows_PerQuarterCutsTheQuarter_MonthlyIsClippedToTheStart()
    {
        var plan = new AuditPlan(1, "O", "chk", Recurrence.PerQuarter, 3, new DateOnly(2025, 1, 1), null, null, null, default, "x");
        var w = PlanWindows.Of(plan, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));
        Assert.Equal(3, w.Count);
        Assert.Equal(new DateOnly(2025, 1, 1), w[0].From);
        Assert.Equal(new DateOnly(2025, 3, 31), w[2].To);
        Assert.All(w.Zip(w.Skip(1)), p => Assert.Equal(p.First.To.AddDays(1), p.Second.From));
        var monthly = plan with { Recurrence = Recurrence.Monthly, StartsOn = new DateOnly(2025, 2, 15) };
        Assert.Equal(new PlanWindow(new DateOnly(2025, 2, 15), new DateOnly(2025, 2, 28)), PlanWindows.Of(monthly, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31))[0]);
    }

    [Fact]
    public void PlanChanges_AreValidated_AndRecordedInTheTrail()
    {
        using var db = new TempStore();
        var (plans, _, _) = Setup(db);
        Assert.Throws<ArgumentException>(() => plans.Create(new AuditPlanInput("NOPE", "chk", Recurrence.Monthly, new DateOnly(2025, 1, 1)), "quality"));
        Assert.Throws<ArgumentException>(() => plans.Create(new AuditPlanInput("O11", "chk", Recurrence.Wave, new DateOnly(2025, 1, 1)), "quality"));
        var p = plans.Create(new AuditPlanInput("O11", "chk", Recurrence.Monthly, new DateOnly(2025, 1, 1), Auditor: "ivanov"), "quality");
        plans.Update(p.Id, new AuditPlanInput("O11", "chk", Recurrence.Quarterly, new DateOnly(2025, 1, 1)), "quality");
        Assert.Equal((Recurrence.Quarterly, (string?)null), (plans.Get(p.Id)!.Recurrence, plans.Get(p.Id)!.Auditor));
        plans.Delete(p.Id, "quality");
        Assert.Empty(plans.List());
        using var c = db.Store.Open();
        Assert.Equal(["create", "update", "delete"], c.Query<string>("SELECT action FROM audit_entry WHERE entity_kind = 'audit_plan' ORDER BY seq"));
    }
}
