using Analytics.Engine.Indicators;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Indicators;

public class IndicatorServiceTests
{
    // January 2025, 30-calendar-day norm for individual post: due = registration + 30 days.
    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Appeal(db.Store, "A1", "O11", "2025-01-09 10:00", answered: "2025-01-20 10:00", poorQuality: true);
        Seed.Appeal(db.Store, "A2", "O11", "2025-01-10 10:00", answered: "2025-02-01 10:00");
        Seed.Appeal(db.Store, "A3", "O12", "2025-01-13 10:00", answered: "2025-03-01 10:00");   // late (due 2025-02-12)
        Seed.Appeal(db.Store, "A4", "O21", "2025-01-14 10:00", answered: "2025-01-15 10:00");
        return db;
    }

    private static CriterionResult Criterion(IndicatorResultSet set, string unit, string id) =>
        set.Rows.Single(r => r.UnitCode == unit).Indicators.SelectMany(i => i.Criteria).Single(c => c.CriterionId == id);

    [Fact]
    public void Compute_RollsUpOnTimeShare_ByBranchAndCompany()
    {
        using var db = Store();
        var service = new IndicatorService(db.Store);

        var branches = service.Compute(new IndicatorQuery { Level = OrgLevel.Branch, Granularity = Granularity.Month });
        var company = service.Compute(new IndicatorQuery { Level = OrgLevel.Company, Granularity = Granularity.Year });

        var b1 = Criterion(branches, "B1", "exec.appeals_on_time");
        Assert.Equal(0.6667, b1.Value);
        Assert.Equal(3, b1.N);
        Assert.True(b1.Insufficient);
        Assert.True(b1.Lower < b1.Value && b1.Value < b1.Upper);
        Assert.Equal(1.0, Criterion(branches, "B2", "exec.appeals_on_time").Value);
        var co = Criterion(company, "CO", "exec.appeals_on_time");
        Assert.Equal(0.75, co.Value);
        Assert.Equal(1.0 / 12, co.Coverage, 4);
        Assert.Equal(4, Criterion(company, "CO", "fb.measures").N);
    }

    [Fact]
    public void Compute_GivesAllThreeIndicators_WithMethodologyVersion()
    {
        using var db = Store();

        var set = new IndicatorService(db.Store).Compute(new IndicatorQuery { Level = OrgLevel.Office });

        Assert.Equal(("standard", 4), (set.MethodologyId, set.MethodologyVersion));
        Assert.All(set.Rows, r => Assert.Equal(["informativeness", "execution", "feedback"], r.Indicators.Select(i => i.IndicatorId)));
        var execution = set.Rows.Single(r => r.UnitCode == "O12").Indicators.Single(i => i.IndicatorId == "execution");
        Assert.Equal(0, Criterion(set, "O12", "exec.appeals_on_time").Score);
        // On time scores 0 (weight 4); registration within 3 days (registered on receipt) scores 100 (weight 1).
        Assert.Equal(100, Criterion(set, "O12", "exec.registration").Score);
        Assert.Equal(0.2, execution.Value);
        Assert.Equal(0.2381, execution.Coverage);         // weights 4 + 1 of 21 (exec.information_time, 001 §2.2.4, adds 1)
        // O11 feedback: measures 0 % (score 0, weight 1), repeat dissatisfaction 0 % (score 100, weight 2) → 200/3 points.
        var feedback = set.Rows.Single(r => r.UnitCode == "O11").Indicators.Single(i => i.IndicatorId == "feedback");
        Assert.Equal(0.6667, feedback.Value);
        Assert.Equal(0.1765, feedback.Coverage);          // weight 3 of 17
    }

    [Fact]
    public void Refresh_RecomputesOnlyChangedMonth_WhenAnAppealIsAdded()
    {
        using var db = Store();
        var service = new IndicatorService(db.Store);
        Seed.Appeal(db.Store, "M1", "O11", "2025-03-03 10:00", answered: "2025-03-04 10:00");
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1)], service.Refresh().Months);

        Seed.Appeal(db.Store, "M2", "O21", "2025-03-05 10:00", answered: "2025-03-06 10:00");
        var report = service.Refresh();

        Assert.Equal([new DateOnly(2025, 3, 1)], report.Months);
        Assert.Empty(service.Refresh().Months);
        using var c = db.Store.Open();
        var n = c.ExecuteScalar<long>("""
            SELECT n FROM indicator_result WHERE level = 'company' AND granularity = 'year' AND item_id = 'exec.appeals_on_time'
              AND methodology_id = 'standard' AND methodology_version = 4
            """);
        Assert.Equal(6, n);
    }

    [Fact]
    public void Compute_RegulatoryMode_GivesFactPlanAndRatio()
    {
        using var db = Store();
        Seed.Sql(db.Store, "INSERT INTO plan (scope_code, year, target, value) VALUES ('CO', 2025, 'r23.2.1', 20)");
        Seed.Sql(db.Store, "INSERT INTO criterion_fact VALUES ('CO', 2025, 'r21.2.1', 1, 'test')");

        var set = new IndicatorService(db.Store).Compute(new IndicatorQuery { Level = OrgLevel.Company, Granularity = Granularity.Year, MethodologyId = "regulatory" });

        var poor = Criterion(set, "CO", "r23.2.1");
        Assert.Equal(25, poor.Value);                 // 1 of 4 appeals, in %
        Assert.Equal(20, poor.Plan);
        Assert.Equal(125, poor.RatioPercent);
        Assert.Equal(80, poor.Score);                  // inverse: П/Ф × 100
        Assert.Equal(1, Criterion(set, "CO", "r21.2.1").Value);
    }

    [Fact]
    public void Compute_NoRows_WhenStoreEmpty()
    {
        using var db = new TempStore();
        Assert.Empty(new IndicatorService(db.Store).Compute(new IndicatorQuery()).Rows);
    }
}
