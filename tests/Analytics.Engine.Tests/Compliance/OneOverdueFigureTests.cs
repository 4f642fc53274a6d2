using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Reports.Quarterly;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Compliance;

/// <summary>
/// The number of overdue appeals of branch B1 in March 2025, judged at the year end, is the same from the Engine's
/// deadline component, the indicator engine, the old compliance service, the annual report's facts and the
/// Declaration; a copied methodology with another post deadline moves every one of them.
/// </summary>
public class OneOverdueFigureTests
{
    private static readonly DateOnly YearEnd = new(2025, 12, 31);

    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Appeal(db.Store, "P1", "O11", "2025-03-03 10:00");                                                      // post, due 02.04: overdue
        Seed.Appeal(db.Store, "P2", "O12", "2025-03-04 10:00", channel: "email", consumerType: "legal");             // 15 wd: overdue
        Seed.Appeal(db.Store, "P3", "O11", "2025-03-05 10:00", answered: "2025-03-20 10:00");                        // on time
        Seed.Appeal(db.Store, "P4", "O11", "2025-03-05 10:00", answered: "2025-05-20 10:00", channel: "email", consumerType: "legal"); // late
        Seed.Appeal(db.Store, "X1", "O21", "2025-03-03 10:00");                                                      // other branch
        Seed.Appeal(db.Store, "X2", "O11", "2026-01-15 10:00");                                                      // other month and year
        return db;
    }

    private static (long Engine, long Late, long IndicatorNotOnTime, long Service, long Facts, long AnswerTimes, string Declaration) Surfaces(TempStore db)
    {
        var deadlines = new AppealDeadlines(db.Store).Summary(YearEnd, AppealScope.Month(2025, 3, "B1"));
        var indicators = new IndicatorService(db.Store);
        indicators.Refresh(asOf: YearEnd);
        var onTime = indicators.Compute(new IndicatorQuery
        {
            Level = OrgLevel.Branch, Granularity = Granularity.Month, From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 1),
        }).Rows.Single(r => r.UnitCode == "B1").Indicators.SelectMany(i => i.Criteria).Single(c => c.CriterionId == "exec.appeals_on_time");
        var service = new NormComplianceService(db.Store).Overdue(YearEnd).Count(a => a.OfficeCode is "O11" or "O12" && a.RegisteredAt!.Value.Month == 3);
        var facts = ReportFacts.Gather(db.Store, "B1", 2025, new ReportOptions());
        var declaration = new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build("B1", 2025);
        var evidence = declaration.Requirements.Single(r => r.Requirement == "Ответ на обращения в срок, установленный Стандартом").Evidence;
        return (deadlines.Overdue, deadlines.Late, onTime.N - (long)Math.Round(onTime.Value!.Value * onTime.N), service,
            facts.Deadlines.Overdue, facts.AnswerTimes.Sum(a => a.OverdueOpen), evidence);
    }

    [Fact]
    public void OverdueAppeals_AreTheSameOnEverySurface()
    {
        using var db = Store();

        var s = Surfaces(db);

        Assert.Equal((2L, 1L), (s.Engine, s.Late));
        Assert.Equal(s.Engine + s.Late, s.IndicatorNotOnTime);   // the indicator's "not on time" = overdue + answered late
        Assert.Equal(s.Engine, s.Service);
        Assert.Equal(s.Engine, s.Facts);
        Assert.Equal(s.Engine, s.AnswerTimes);
        Assert.Contains($"просрочено и не закрыто на 31.12.2025: {s.Engine}", s.Declaration);
    }

    [Fact]
    public void ChangingTheNormInACopiedMethodology_MovesEverySurface()
    {
        using var db = Store();
        // 305 calendar days for post: P1 (03.03.2025) is due 02.01.2026, no longer overdue at the year end.
        new MethodologyRepository(db.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId, m => m with
        {
            Norms = m.Norms with
            {
                QueueWaitMinutes = 25,
                Deadlines = [.. m.Norms.Deadlines.Select(d => d.Channels.Contains("post") && d.ConsumerType == "*" ? d with { Days = 305 } : d)],
            },
        });

        var s = Surfaces(db);

        Assert.Equal(1L, s.Engine);
        Assert.Equal(s.Engine + s.Late, s.IndicatorNotOnTime);
        Assert.Equal(s.Engine, s.Service);
        Assert.Equal(s.Engine, s.Facts);
        Assert.Equal(s.Engine, s.AnswerTimes);
        Assert.Contains("просрочено и не закрыто на 31.12.2025: 1", s.Declaration);
        Assert.Equal(25, ReportFacts.Gather(db.Store, "B1", 2025, new ReportOptions()).Norms.QueueWaitMinutes);
    }

    [Fact]
    public void QuarterlyReport_CountsOverdueAtTheQuarterEnd_AsTheEngine()
    {
        using var db = Store();

        var rows = QuarterlyReport.Gather(db.Store, "B1", 2025, 1, out _);
        var engine = new AppealDeadlines(db.Store).Summary(new DateOnly(2025, 3, 31), new AppealScope { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 31), Branch = "B1" });

        // At 31.03.2025 P2 and P4 (legal e-mail, due 25.03 and 26.03; P4 is answered only in May) are overdue;
        // P1 (post) is due 02.04.
        Assert.Equal(2L, engine.Overdue);
        Assert.Equal(engine.Overdue, rows.Single(r => r.Parameter == "deadline" && r.Category == "overdue").Current);
        Assert.Equal(engine.Late, rows.Where(r => r.Parameter == "deadline" && r.Category == "late").Sum(r => r.Current));
    }
}
