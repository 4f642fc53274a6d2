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
