using Analytics.Engine.Demo;
using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Demo;

public class SurveyDemoGeneratorTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static void SeedOffices(TempStore temp)
    {
        using var c = temp.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name, category) VALUES
              ('CO', 'company', NULL, 'Энергосбыт', NULL),
              ('BR1', 'branch', 'CO', 'Северный филиал', NULL), ('BR2', 'branch', 'CO', 'Южный филиал', NULL),
              ('OF1', 'office', 'BR1', 'Офис 1', 1), ('OF2', 'office', 'BR1', 'Офис 2', 2),
              ('OF3', 'office', 'BR2', 'Офис 3', 3), ('OF4', 'office', 'BR2', 'Офис 4', 2)
            """);
    }

    [Fact]
    public void Generate_WritesResponsesAndAudits_ThatReferencePublishedVersions()
    {
        using var temp = new TempStore();
        SeedOffices(temp);

        var result = SurveyDemoGenerator.Generate(temp.Store, 7, Today, 0.5, null);

        Assert.Equal(10, result.FormsPublished);      // every template, incl. the written-reply audit
        Assert.True(result.Questionnaires > 300, $"{result.Questionnaires} responses");
        Assert.True(result.Audits > 40, $"{result.Audits} audits");
        using var c = temp.Store.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM submission s LEFT JOIN form_version v ON v.definition_id = s.definition_id AND v.version = s.version WHERE v.json IS NULL"));
        Assert.Equal(result.Answers, c.ExecuteScalar<long>("SELECT count(*) FROM answer"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM submission s JOIN form_definition d ON d.id = s.definition_id WHERE d.kind = 'checklist' AND s.score IS NULL"));
        Assert.Equal(0, c.ExecuteScalar<long>($"SELECT count(*) FROM submission WHERE submitted_at > DATE '{Today:yyyy-MM-dd}' + INTERVAL 1 DAY"));
        var nps = c.ExecuteScalar<double>("SELECT avg(value_num) FROM answer WHERE item_code = 'nps'");
        Assert.InRange(nps, 5, 9.5);
        Assert.True(c.ExecuteScalar<long>("SELECT count(*) FROM answer WHERE item_code = 'improve' AND value_text LIKE '%очеред%' OR value_text LIKE '%квитанц%'") > 0);
        Assert.NotEmpty(new FormService(temp.Store).AssignedOffices(DemoStaff.AuditorOf("BR1").Login));
    }

    [Fact]
    public void Generate_IsDeterministic_AndSecondRunAddsNothing()
    {
        using var a = new TempStore();
        using var b = new TempStore();
        SeedOffices(a);
        SeedOffices(b);

        var first = SurveyDemoGenerator.Generate(a.Store, 42, Today, 0.3, null);
        var other = SurveyDemoGenerator.Generate(b.Store, 42, Today, 0.3, null);
        var again = SurveyDemoGenerator.Generate(a.Store, 42, Today, 0.3, null);

        Assert.Equal((first.Questionnaires, first.Audits, first.Answers), (other.Questionnaires, other.Audits, other.Answers));
        Assert.True(again.AlreadyPresent);
        using var c = a.Store.Open();
        Assert.Equal(first.Questionnaires + first.Audits, c.ExecuteScalar<long>("SELECT count(*) FROM submission"));
    }

    [Fact]
    public void Generate_ShowsWinterDip_InSatisfaction()
    {
        using var temp = new TempStore();
        SeedOffices(temp);
        SurveyDemoGenerator.Generate(temp.Store, 3, Today, 2, null);
        using var c = temp.Store.Open();
        var winter = c.ExecuteScalar<double>("SELECT avg(a.value_num) FROM answer a JOIN submission s ON s.id = a.submission_id WHERE a.item_code = 'csat' AND month(s.submitted_at) IN (12, 1, 2)");
        var autumn = c.ExecuteScalar<double>("SELECT avg(a.value_num) FROM answer a JOIN submission s ON s.id = a.submission_id WHERE a.item_code = 'csat' AND month(s.submitted_at) IN (9, 10, 11)");
        Assert.True(winter < autumn, $"winter {winter:F2} vs autumn {autumn:F2}");
    }

    [Fact]
    public void Generate_Throws_WhenNoOffices()
    {
        using var temp = new TempStore();
        var ex = Assert.Throws<InvalidOperationException>(() => SurveyDemoGenerator.Generate(temp.Store, 1, Today, 1, null));
        Assert.Contains("org_unit", ex.Message);
    }
}
