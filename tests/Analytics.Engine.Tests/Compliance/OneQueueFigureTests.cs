using Analytics.Engine.Access;
using Analytics.Engine.Compliance;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Queries;
using Analytics.Engine.Queries.Records;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Compliance;

/// <summary>
/// #14: queue waiting and reception come from one definition (<see cref="QueueAtNorm"/>). The mean wait and
/// reception (what 001 §2.1.5 judges) are one figure on the indicator engine, the compliance service, the annual
/// report's office table, the Declaration's evidence and the queue records behind the number; the per-visit share
/// within the norm is the same detail in the indicator and the compliance service, and moves with a copied norm.
/// </summary>
public class OneQueueFigureTests
{
    private static TempStore Store()
    {
        var db = new TempStore();
        Seed.Org(db.Store);
        // O11: waits 10, 30, 16 min (mean 18.67), reception 15, 10 and never finished; one ticket never called.
        Seed.Sql(db.Store, """
            INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at) VALUES
              ('O11', 'A1', '2025-05-05 09:00', '2025-05-05 09:10', '2025-05-05 09:25'),
              ('O11', 'A2', '2025-05-05 10:00', '2025-05-05 10:30', '2025-05-05 10:40'),
              ('O11', 'A3', '2025-05-06 11:00', '2025-05-06 11:16', NULL),
              ('O11', 'A4', '2025-05-06 12:00', NULL, NULL),
              ('O21', 'B1', '2025-05-06 12:00', '2025-05-06 12:50', '2025-05-06 13:00')
            """);
        return db;
    }

    private sealed record Figures(double IndicatorWait, long IndicatorN, double IndicatorReception, double ServiceWait, double ServiceReception,
        double? ServiceShare, double AnnualWait, double AnnualReception, long RecordsN, double RecordsWait, string Evidence);

    private static Figures Surfaces(TempStore db)
    {
        var indicators = new IndicatorService(db.Store);
        indicators.Refresh(asOf: new DateOnly(2025, 12, 31));
        var criteria = indicators.Compute(new IndicatorQuery
        {
            Level = OrgLevel.Branch, Granularity = Granularity.Month, From = new DateOnly(2025, 5, 1), To = new DateOnly(2025, 5, 1),
        }).Rows.Single(r => r.UnitCode == "B1").Indicators.SelectMany(i => i.Criteria).ToList();
        var wait = criteria.Single(c => c.CriterionId == "exec.queue_wait");
        var reception = criteria.Single(c => c.CriterionId == "exec.reception");
        var service = new NormComplianceService(db.Store).Queue(new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 1)).Single(q => q.OfficeCode == "O11");
        var office = ReportFacts.Gather(db.Store, "B1", 2025, new ReportOptions()).Offices.Single(o => o.Code == "O11");
        var declaration = new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build("B1", 2025);
        var records = new RecordsQuery(db.Store, TimeProvider.System, [new QueueRecords()]).Load("queue",
            new QueryFilter(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), Branch: "B1"),
            new Dictionary<string, string> { ["criterion"] = "exec.queue_wait" }, BranchScope.Company, key => key)!;
        var column = records.View.Columns.ToList().IndexOf("Records.WaitMinutes");
        return new Figures(wait.Value!.Value, wait.N, reception.Value!.Value, service.MeanWaitMinutes!.Value, service.MeanReceptionMinutes!.Value,
            service.WaitWithinNorm, office.WaitMinutes!.Value, office.ServiceMinutes!.Value, records.Total,
            records.View.Rows.Average(r => Convert.ToDouble(r[column], System.Globalization.CultureInfo.InvariantCulture)),
            declaration.Requirements.Single(r => r.Requirement.StartsWith("Среднее время ожидания", StringComparison.Ordinal)).Evidence);
    }

    [Fact]
    public void MeanWaitAndReception_AreTheSameOnEverySurface()
    {
        using var db = Store();

        var f = Surfaces(db);

        Assert.Equal(56.0 / 3, f.IndicatorWait, 3);
        Assert.Equal(3, f.IndicatorN);
        Assert.Equal(12.5, f.IndicatorReception, 3);
        Assert.Equal((f.IndicatorWait, f.IndicatorReception), (Math.Round(f.ServiceWait, 4), Math.Round(f.ServiceReception, 4)));
        Assert.Equal((f.IndicatorWait, f.IndicatorReception), (Math.Round(f.AnnualWait, 4), Math.Round(f.AnnualReception, 4)));
        Assert.Equal(f.IndicatorN, f.RecordsN);                 // the tickets behind the number: the called ones
        Assert.Equal(f.IndicatorWait, f.RecordsWait, 3);
        Assert.Contains("Среднее ожидание 18,7 мин по 3 талонам", f.Evidence);
        Assert.Equal(2.0 / 3, f.ServiceShare!.Value, 6);         // per-visit detail: 10 and 16 of 10, 30, 16 within 20 min
    }

    [Fact]
    public void ACopiedWaitNorm_MovesThePerVisitDetail_AndNotTheMean()
    {
        using var db = Store();
        new MethodologyRepository(db.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId,
            m => m with { Norms = m.Norms with { QueueWaitMinutes = 12 } });

        var f = Surfaces(db);

        Assert.Equal(56.0 / 3, f.IndicatorWait, 3);
        Assert.Equal(1.0 / 3, f.ServiceShare!.Value, 6);
        Assert.Contains("не более 12 мин", new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build("B1", 2025)
            .Requirements.Single(r => r.Requirement.StartsWith("Среднее время ожидания", StringComparison.Ordinal)).Requirement);
    }
}
