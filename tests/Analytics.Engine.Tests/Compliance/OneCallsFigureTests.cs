using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Access;
using Analytics.Engine.Methodology;
using Analytics.Engine.Queries;
using Analytics.Engine.Queries.Records;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Annual;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Compliance;

/// <summary>
/// #14 item 4: calls answered within the methodology's answer norm, re-timed (CallsAtNorm), are one figure on the
/// Indicators page's query, the annual report's phone table, the Declaration and NormComplianceService; a copied
/// methodology with another answer norm moves every one of them. Interval statistics at 20 s with a distribution are
/// recomputed, without one they are left out, at the norm they are kept; single calls are judged by their wait.
/// </summary>
public class OneCallsFigureTests
{
    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Sql(db.Store, "INSERT INTO org_unit (code, level, parent_code, name) VALUES ('CC', 'office', 'B1', 'Call centre')");
        Seed.Sql(db.Store, """
            INSERT INTO call_interval (center_code, interval_start, interval_minutes, offered, answered, abandoned, answered_in_norm, norm_seconds, wait_distribution) VALUES
              ('CC', '2025-04-01 09:00', 30, 100, 90, 10, 60, 20, '20:60 40:80|60:88'),
              ('CC', '2025-04-01 09:30', 30, 50, 45, 5, 30, 20, NULL),
              ('CC', '2025-04-01 10:00', 30, 10, 10, 0, 9, 40, NULL)
            """);
        Seed.Sql(db.Store, """
            INSERT INTO call_record (call_id, center_code, started_at, wait_seconds, answered) VALUES
              ('c1', 'CC', '2025-04-02 10:00', 10, true), ('c2', 'CC', '2025-04-02 10:05', 50, true), ('c3', 'CC', '2025-04-02 10:10', NULL, false)
            """);
        return db;
    }

    private sealed record Figures((long InNorm, long N) Indicator, (long InNorm, long N) Annual, (long InNorm, long N) Declaration,
        (long InNorm, long N) Service, string Evidence);

    private static Figures Surfaces(TempStore db)
    {
        var indicators = new IndicatorService(db.Store);
        indicators.Refresh(asOf: new DateOnly(2025, 12, 31));
        var criterion = indicators.Compute(new IndicatorQuery
        {
            Level = OrgLevel.Company, Granularity = Granularity.Month, From = new DateOnly(2025, 4, 1), To = new DateOnly(2025, 4, 1),
        }).Rows.Single().Indicators.SelectMany(i => i.Criteria).Single(c => c.CriterionId == "exec.calls_answered_40s");
        var phone = FactSections.PhoneTotal(ReportFacts.Gather(db.Store, null, 2025, new ReportOptions()).Phone);
        var declaration = new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build(null, 2025);
        var service = new NormComplianceService(db.Store).Calls(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));
        return new Figures(
            ((long)Math.Round(criterion.Value!.Value * criterion.N), criterion.N),
            (phone.AnsweredInNorm ?? 0, phone.AnsweredWithNorm ?? 0),
            declaration.CallsInNorm,
            (service.Sum(c => c.AnsweredWithinNorm), service.Sum(c => c.Comparable)),
            declaration.Requirements.Single(r => r.Clause == "001 §2.2.4; 002 §8.1.4").Evidence);
    }

    [Fact]
    public void CallsAnsweredWithinTheNorm_AreTheSameOnEverySurface()
    {
        using var db = Store();

        var f = Surfaces(db);

        // 80 (20 s row, from its distribution) + 9 (40 s row) + 1 (c1) of 100 + 10 + 3; the 20 s row without a distribution is out.
        Assert.Equal((90L, 113L), f.Indicator);
        Assert.Equal(f.Indicator, f.Annual);
        Assert.Equal(f.Indicator, f.Declaration);
        Assert.Equal(f.Indicator, f.Service);
        Assert.Contains("принято в пределах 40 с: 90 из 113", f.Evidence);
    }

    [Fact]
    public void AnotherAnswerNormInACopiedMethodology_MovesEverySurface()
    {
        using var db = Store();
        new MethodologyRepository(db.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId,
            m => m with { Norms = m.Norms with { CallAnswerSeconds = 60 } });

        var f = Surfaces(db);

        // At 60 s: 88 from the distribution + c1 and c2; the 40 s row and the 20 s row without a distribution are out.
        Assert.Equal((90L, 103L), f.Indicator);
        Assert.Equal(f.Indicator, f.Annual);
        Assert.Equal(f.Indicator, f.Declaration);
        Assert.Equal(f.Indicator, f.Service);
        Assert.Contains("принято в пределах 60 с: 90 из 103", f.Evidence);
    }

    [Fact]
    public void CallRecords_ShowTheReTimedCount_BesideTheExportedOne()
    {
        using var db = Store();
        var records = new RecordsQuery(db.Store, TimeProvider.System, [new CallRecords()]);

        var page = records.Load("calls", new QueryFilter(), new Dictionary<string, string>(), BranchScope.Company, key => key)!;

        var exported = page.View.Columns.ToList().IndexOf("Records.InNorm");
        var retimed = page.View.Columns.ToList().IndexOf("Records.InNormRetimed");
        Assert.Equal(exported + 1, retimed);
        var at20 = page.View.Rows.Single(r => Convert.ToInt64(r[page.View.Columns.ToList().IndexOf("Records.Offered")]) == 100);
        Assert.Equal((60L, 80.0), (Convert.ToInt64(at20[exported]), Convert.ToDouble(at20[retimed])));
        var notComparable = page.View.Rows.Single(r => Convert.ToInt64(r[page.View.Columns.ToList().IndexOf("Records.Offered")]) == 50);
        Assert.Null(notComparable[retimed]);
        // The re-timed column adds up to the figure every surface shows.
        Assert.Equal(90.0, page.View.Rows.Sum(r => r[retimed] is null ? 0 : Convert.ToDouble(r[retimed])));
    }
}
