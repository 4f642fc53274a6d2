using Analytics.Engine.Forms;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Forms;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Methodology;

// #14.3: every criterion a template names exists, publishing refuses unknown ones, and the answers reach an indicator.
public class TemplateCriteriaTests
{
    private static IEnumerable<(string Template, string Item, string Criterion)> Mapped() =>
        FormTemplates.All.SelectMany(t => t.AllItems().Where(i => !string.IsNullOrWhiteSpace(i.CriterionId))
            .Select(i => (t.Code, i.Code, i.CriterionId!)));

    [Fact]
    public void EveryTemplateItemWithACriterion_MapsToAnExistingCriterion_InEveryShippedMethodology()
    {
        Assert.NotEmpty(MethodologyRepository.Defaults);
        Assert.Contains(MethodologyRepository.Defaults, m => m.Mode == MethodologyMode.Regulatory);
        var problems = new List<string>();
        foreach (var m in MethodologyRepository.Defaults)
            foreach (var (template, item, criterion) in Mapped())
            {
                var use = CriterionCatalog.Use(m, criterion, MethodologyRepository.Defaults);
                // Standard mode scores every mapped item; Regulatory mode knows them as Standard criteria outside its forms.
                var expected = m.Mode == MethodologyMode.Standard ? CriterionUse.Scored : CriterionUse.OutsideForms;
                if (use != expected) problems.Add($"{m.Id}: {template}/{item} → {criterion} is {use}");
            }
        Assert.Empty(problems);
    }

    [Fact]
    public void EveryFormsCriterion_OfTheStandard_IsFedByATemplate()
    {
        var fed = Mapped().Select(x => x.Criterion).ToHashSet();
        var standard = MethodologyRepository.Defaults.Single(m => m.Id == "standard");
        var orphans = standard.Criteria.Where(c => c.Measure.StartsWith("forms.", StringComparison.Ordinal) && !fed.Contains(c.Id)).Select(c => c.Id);
        Assert.Empty(orphans);
    }

    [Fact]
    public void Publish_IsRefused_NamingTheItem_WhenItsCriterionIsUnknown()
    {
        using var temp = new TempStore();
        var service = new FormService(temp.Store);
        var id = service.Create(TestForms.Build(TestForms.YesNo("ok") with { CriterionId = "inf.stands" },
            TestForms.YesNo("kiosk") with { CriterionId = "informativeness.equipment" }));

        var result = service.Publish(id);

        Assert.False(result.Published);
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("kiosk", issue.Item);
        Assert.Contains("informativeness.equipment", issue.Message);
        using var c = temp.Store.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT count(*) FROM form_item_criterion"));
    }

    [Fact]
    public void Publish_Accepts_ACriterionOfACopiedMethodology()
    {
        using var temp = new TempStore();
        new MethodologyRepository(temp.Store).Copy("standard", "company", m => m with
        {
            Criteria = [.. m.Criteria, m.Criteria[0] with { Id = "inf.company_extra" }],
        });
        var service = new FormService(temp.Store);
        var id = service.Create(TestForms.Build(TestForms.YesNo("x") with { CriterionId = "inf.company_extra" }));

        Assert.True(service.Publish(id).Published);
    }

    [Fact]
    public void EquipmentChecklistAnswers_ReachTheInformativenessIndicator()
    {
        using var temp = new TempStore();
        Seed.Org(temp.Store);
        var service = new FormService(temp.Store);
        var id = service.CreateFromTemplate("centre-equipment", "equipment");
        Assert.True(service.Publish(id).Published);
        Seed.Sql(temp.Store, $"""
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('s1', '{id}', 1, 'O11', 'checklist', '2025-03-10 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, value_text) VALUES
              ('s1', 'category', NULL, '2'), ('s1', 'pc_phone', 1, 'yes'), ('s1', 'mfp', 0, 'no'), ('s1', 'desk_chair', 1, 'yes');
            INSERT INTO audit_review VALUES ('s1', 1, 'approved', 'reviewer', '2025-03-11 10:00', NULL);  -- audits count once approved (ADR 0022)
            """);

        var set = new IndicatorService(temp.Store).Compute(new IndicatorQuery { Level = OrgLevel.Office, Granularity = Granularity.Month });

        var informativeness = set.Rows.Single(r => r.UnitCode == "O11").Indicators.Single(i => i.IndicatorId == "informativeness");
        var equipment = informativeness.Criteria.Single(c => c.CriterionId == "inf.equipment");
        Assert.Equal(3, equipment.N);
        Assert.Equal(0.75, equipment.Value!.Value, 4);   // (2·1 + 1·0 + 1·1) / (2 + 1 + 1)
        Assert.NotNull(informativeness.Value);
    }
}
