using System.Text.RegularExpressions;
using Analytics.Engine.Forms;

namespace Analytics.Engine.Tests.Forms;

public class FormTemplatesTests
{
    [Fact]
    public void All_HasTheTemplatesOfF2_AndTheWrittenReplyAudit()
    {
        string[] expected = ["office-visit", "phone-call", "information-stands", "payment-document", "website-clients",
            "centre-equipment", "call-centre", "client-mailbox", "client-satisfaction", "written-reply"];
        Assert.Equal(expected.Order(), FormTemplates.All.Select(t => t.Code).Order());
    }

    [Fact]
    public void EveryTemplate_ValidatesWithoutErrorsOrWarnings()
    {
        foreach (var template in FormTemplates.All)
            Assert.True(FormValidator.Validate(template).Count == 0,
                $"{template.Code}: {string.Join("; ", FormValidator.Validate(template))}");
    }

    [Fact]
    public void EveryItem_CitesAClauseOfASeedStandard()
    {
        var clause = new Regex(@"^00[0-4]( |$)");
        var uncited = FormTemplates.All.SelectMany(t => t.AllItems().Where(i => !(i.Source is { } s && clause.IsMatch(s)))
            .Where(i => i.Code != "comment").Select(i => $"{t.Code}/{i.Code}")).ToList();
        Assert.Empty(uncited);
    }

    [Fact]
    public void EveryItem_HasEnglishText()
    {
        var missing = FormTemplates.All.SelectMany(t => t.AllItems().Where(i => string.IsNullOrWhiteSpace(i.Text.En)).Select(i => $"{t.Code}/{i.Code}"));
        Assert.Empty(missing);
    }

    [Fact]
    public void CentreEquipment_HidesCategoryOneItems_ForCategoryThree()
    {
        var form = FormTemplates.Get("centre-equipment")!;
        var visible = LogicEvaluator.VisibleItems(form, new Dictionary<string, AnswerValue> { ["category"] = AnswerValue.OfChoices("3") });
        Assert.DoesNotContain("kiosk", visible);
        Assert.Contains("pc_phone", visible);
        Assert.Contains("wall_stands_1", visible);
    }

    /// <summary>
    /// 003's mailbox rules (traceability N4–N6): an appeals box is collected at least weekly, an opinions box at least
    /// monthly, a questionnaire box on the last day of a survey of up to a month (monthly otherwise).
    /// </summary>
    [Theory]
    [InlineData("appeals", null, "weekly_collection")]
    [InlineData("opinions", null, "monthly_collection")]
    [InlineData("questionnaires", "yes", "last_day_collection")]
    [InlineData("questionnaires", "no", "monthly_collection")]
    public void ClientMailbox_AsksTheCollectionRuleOfItsPurpose(string purpose, string? shortSurvey, string rule)
    {
        var form = FormTemplates.Get("client-mailbox")!;
        var answers = new Dictionary<string, AnswerValue>
        {
            ["place"] = AnswerValue.OfChoices("recommended"), ["present"] = AnswerValue.Of("yes"), ["purpose"] = AnswerValue.OfChoices(purpose),
        };
        if (shortSurvey is not null) answers["survey_short"] = AnswerValue.Of(shortSurvey);

        var visible = LogicEvaluator.VisibleItems(form, answers);

        string[] rules = ["weekly_collection", "monthly_collection", "last_day_collection"];
        Assert.Equal([rule], rules.Where(visible.Contains));
        Assert.Equal("exec.mailbox_collection", form.AllItems().Single(i => i.Code == rule).CriterionId);
        Assert.Contains("capacity", visible); // ≤ 500 one-page (100 multi-page) appeals, whatever the purpose
    }

    [Fact]
    public void Serialize_RoundTrips_EveryTemplate()
    {
        foreach (var template in FormTemplates.All)
        {
            var json = FormJson.Serialize(template);
            Assert.Equal(json, FormJson.Serialize(FormJson.Deserialize(json)));
        }
    }
}
