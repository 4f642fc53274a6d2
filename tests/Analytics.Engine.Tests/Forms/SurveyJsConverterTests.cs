using Analytics.Engine.Forms;
using Analytics.Engine.Forms.SurveyJs;

namespace Analytics.Engine.Tests.Forms;

public class SurveyJsConverterTests
{
    [Fact]
    public void ExportThenImport_ReproducesEveryTemplate()
    {
        foreach (var template in FormTemplates.All)
        {
            var exported = SurveyJsExporter.Export(template);
            Assert.Empty(exported.Warnings);
            var imported = SurveyJsImporter.Import(exported.Json);
            Assert.True(imported.Lossless, $"{template.Code}: {string.Join("; ", imported.Warnings)}");
            Assert.Equal(FormJson.Serialize(template), FormJson.Serialize(imported.Form));
        }
    }

    [Fact]
    public void Import_ReadsForeignSurveyJs_WithLocalisedTitlesAndLogic()
    {
        const string json = """
            {
              "title": { "default": "Service survey", "ru": "Опрос об обслуживании" },
              "pages": [{
                "name": "p1",
                "elements": [
                  { "type": "boolean", "name": "visited", "title": "Были в офисе?", "isRequired": true },
                  { "type": "rating", "name": "score", "title": { "default": "Score", "ru": "Оценка" } },
                  { "type": "checkbox", "name": "issues", "title": "Проблемы", "choices": ["queue", { "value": "staff", "text": "Персонал" }] },
                  { "type": "comment", "name": "why", "title": "Почему?", "visibleIf": "{visited} = true and ({score} <= 2 or {issues} contains 'staff')" }
                ]
              }]
            }
            """;
        var result = SurveyJsImporter.Import(json, "foreign");

        Assert.Empty(result.Warnings);
        Assert.Equal(new LocalizedText("Опрос об обслуживании", "Service survey"), result.Form.Title);
        var items = result.Form.AllItems().ToDictionary(i => i.Code);
        Assert.Equal(QuestionType.YesNoNa, items["visited"].Type);
        Assert.Equal(QuestionType.Rating, items["score"].Type);
        Assert.Equal(["queue", "staff"], items["issues"].Choices.Select(c => c.Code));
        var logic = items["why"].ShowIf!;
        Assert.Equal(LogicCombinator.And, logic.Combinator);
        Assert.Equal(new Condition("visited", LogicOperator.Equals, "yes"), logic.Conditions[0]);
        Assert.Equal(LogicCombinator.Or, logic.Groups[0].Combinator);
        Assert.DoesNotContain(FormValidator.Validate(result.Form), i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void Import_ReportsUnsupportedByName_AndKeepsTheRest()
    {
        const string json = """
            {
              "triggers": [{ "type": "complete" }],
              "pages": [{
                "name": "p1",
                "elements": [
                  { "type": "matrix", "name": "grid", "title": "Матрица" },
                  { "type": "text", "name": "age", "inputType": "number", "validators": [{ "type": "numeric" }] },
                  { "type": "panel", "name": "box", "elements": [ { "type": "text", "name": "city" } ] },
                  { "type": "text", "name": "later", "visibleIf": "age({birth}) > 18" },
                  { "type": "rating", "name": "ten", "rateMin": 1, "rateMax": 10 }
                ]
              }]
            }
            """;
        var result = SurveyJsImporter.Import(json, "partial");
        var warnings = string.Join("\n", result.Warnings);

        Assert.Contains("«triggers»", warnings);
        Assert.Contains("«grid» типа «matrix»", warnings);
        Assert.Contains("«age»: свойство «validators»", warnings);
        Assert.Contains("панель «box»", warnings);
        Assert.Contains("«later»: условие «age({birth}) > 18»", warnings);
        Assert.Contains("«ten»: шкала 1–10", warnings);
        Assert.Equal(["age", "city", "later", "ten"], result.Form.AllItems().Select(i => i.Code));
        Assert.Null(result.Form.AllItems().Single(i => i.Code == "later").ShowIf);
    }

    [Fact]
    public void Export_WarnsByName_WhenChecklistNaConditionCannotBeExpressed()
    {
        var form = TestForms.Build(TestForms.Item("n", QuestionType.Number),
            TestForms.YesNo("a") with { ShowIf = LogicGroup.Of("n", LogicOperator.IsNa) });
        var result = SurveyJsExporter.Export(form);
        Assert.Contains(result.Warnings, w => w.Contains("«a»") && w.Contains("неприменимо"));
    }

    [Theory]
    [InlineData("{q} = 'x'", "{q} = 'x'")]
    [InlineData("{q} != 3", "{q} <> 3")]
    [InlineData("{q} anyof ['a', 'b']", "{q} = 'a' or {q} = 'b'")]
    [InlineData("{q} empty or {q} >= 2", "{q} empty or {q} >= 2")]
    public void Expression_ParsesAndPrints_SharedForms(string input, string printed)
    {
        var group = SurveyJsExpression.Parse(input, _ => null, out var error);
        Assert.Null(error);
        Assert.Equal(printed, SurveyJsExpression.Print(group!, _ => null, []));
    }

    [Fact]
    public void Import_Throws_WhenJsonIsMalformed()
    {
        var ex = Assert.Throws<FormatException>(() => SurveyJsImporter.Import("{ \"pages\": [", "x"));
        Assert.Contains("SurveyJS", ex.Message);
    }
}
