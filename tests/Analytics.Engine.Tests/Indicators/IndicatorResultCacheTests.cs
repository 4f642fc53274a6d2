using Analytics.Engine.Indicators;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Indicators;

/// <summary>Compute keeps results until their inputs change: a refresh, a plan, a criterion fact or the organisation.</summary>
public class IndicatorResultCacheTests
{
    private static readonly IndicatorQuery Year = new() { Level = OrgLevel.Company, Granularity = Granularity.Year };

    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Appeal(db.Store, "A1", "O11", "2025-01-09 10:00", answered: "2025-01-20 10:00");
        Seed.Appeal(db.Store, "A2", "O12", "2025-01-13 10:00", answered: "2025-03-01 10:00");   // late
        return db;
    }

    private static double? OnTime(IndicatorResultSet set) =>
        set.Rows.Single(r => r.UnitCode == "CO").Indicators.SelectMany(i => i.Criteria).Single(c => c.CriterionId == "exec.appeals_on_time").Value;

    [Fact]
    public void Compute_ReturnsTheKeptResult_WhileNothingChanged()
    {
        using var db = Store();
        var service = new IndicatorService(db.Store);

        var first = service.Compute(Year);
        var second = service.Compute(Year);
        var other = service.Compute(Year with { Level = OrgLevel.Branch });

        Assert.Same(first, second);
        Assert.NotSame(first, other);
    }

    [Fact]
    public void Compute_SeesNewData_AfterARefresh()
    {
        using var db = Store();
        var service = new IndicatorService(db.Store);
        var before = service.Compute(Year);

        Seed.Appeal(db.Store, "A3", "O21", "2025-01-14 10:00", answered: "2025-01-15 10:00");
        var unrefreshed = service.Compute(Year);
        service.Refresh();
        var after = service.Compute(Year);

        Assert.Same(before, unrefreshed);   // results follow the counts, which only a refresh changes
        Assert.Equal(0.5, OnTime(before));
        Assert.Equal(0.6667, OnTime(after));
    }

    [Fact]
    public void Compute_RecomputesOnly_WhenPlansFactsOrOrganisationChange()
    {
        using var db = Store();
        var service = new IndicatorService(db.Store);
        var first = service.Compute(Year);

        Seed.Sql(db.Store, "INSERT INTO plan (scope_code, year, target, value, tolerance) VALUES ('CO', 2025, 'execution', 0.9, 0.3)");
        var planned = service.Compute(Year);
        Seed.Sql(db.Store, "INSERT INTO criterion_fact VALUES ('CO', 2025, 'r21.2.1', 1, 'test')");
        var withFact = service.Compute(Year);
        Seed.Sql(db.Store, "UPDATE org_unit SET name = 'Renamed company' WHERE code = 'CO'");
        var renamed = service.Compute(Year);

        Assert.NotSame(first, planned);
        Assert.Equal(0.9, planned.Rows.Single().Indicators.Single(i => i.IndicatorId == "execution").Plan);
        Assert.NotSame(planned, withFact);
        Assert.NotSame(withFact, renamed);
        Assert.Equal("Renamed company", renamed.Rows.Single().UnitName);
    }
}
