using Analytics.Engine.AuditPlans;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Tests.Reports;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.AuditPlans;

// The same figure everywhere: the Declaration's evidence line prints the coverage page's share of offices audited.
public class CoverageInDeclarationTests
{
    [Fact]
    public void DeclarationEvidence_ShowsTheCoverageShare_PerQuarter_ForItsScope()
    {
        using var db = new TempStore();
        ReportSeed.Fill(db.Store);
        Seed.Sql(db.Store, """
            INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('chk', 'checklist', 'visit', 'Посещение', '{}');
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
              ('v1', 'chk', 1, 'O1', 'checklist', '2025-02-10 09:00'), ('v2', 'chk', 1, 'O2', 'checklist', '2025-02-11 09:00'),
              ('v3', 'chk', 1, 'O3', 'checklist', '2025-02-12 09:00');
            """);
        var plans = new AuditPlanService(db.Store);
        foreach (var office in new[] { "O1", "O2", "O3" })
            plans.Create(new AuditPlanInput(office, "chk", Recurrence.Quarterly, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), "quality");
        var reviews = new AuditReviewService(db.Store);
        reviews.Approve("v1", "quality");
        reviews.Approve("v3", "quality");
        reviews.Return("v2", "quality", "Нет фото");

        var company = Line(db, null);
        var branch = Line(db, "B1");

        var coverage = new AuditCoverage(db.Store);
        var q1Company = coverage.Quarter(2025, 1).OfficeShare;                       // 2 of 3 offices
        var q1Branch = coverage.Quarter(2025, 1, ["O1", "O2"]).OfficeShare;          // 1 of 2
        Assert.Equal(2.0 / 3, q1Company);
        Assert.Contains($"I кв. — {Numbers.Share(q1Company, Labels.Russian)}", company.Description);
        Assert.Contains($"I кв. — {Numbers.Share(q1Branch, Labels.Russian)}", branch.Description);
        Assert.Contains($"II кв. — {Numbers.Share(0, Labels.Russian)}", company.Description);
        Assert.Equal(12, company.SampleSize);
    }

    private static DataSource Line(TempStore db, string? unit) =>
        new DeclarationBuilder(db.Store, new ReportOptions(), new PlanTableIndicatorSource()).Build(unit, 2025)
            .Sources.Single(s => s.Name == AuditPlanEvidence.Name);
}
