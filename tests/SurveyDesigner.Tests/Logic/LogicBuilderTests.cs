using Analytics.Engine.Forms;
using Bunit;
using SurveyDesigner.Logic;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Logic;

public class LogicBuilderTests : ComponentTest
{
    private static readonly FormItem[] Questions = [Items.Of(QuestionType.SingleChoice, "channel"), Items.Of(QuestionType.Rating, "csat")];

    private IRenderedComponent<LogicBuilder> RenderBuilder(LogicGroup? value, Action<LogicGroup?> changed) =>
        Render<LogicBuilder>(p => p.Add(x => x.Value, value).Add(x => x.Questions, Questions).Add(x => x.ValueChanged, changed));

    [Fact]
    public void AddCondition_RefersToLastEarlierQuestion()
    {
        LogicGroup? got = null;
        var cut = RenderBuilder(null, v => got = v);
        cut.Find("[data-testid=add-condition]").Click();
        var condition = Assert.Single(got!.Conditions);
        Assert.Equal(("csat", LogicOperator.Equals), (condition.Question, condition.Operator));
    }

    [Fact]
    public void QuestionChange_StartsFromNewQuestionsFirstOperatorAndValue()
    {
        LogicGroup? got = null;
        var cut = RenderBuilder(LogicGroup.Of("csat", LogicOperator.Answered), v => got = v);
        cut.Find("select.sd-logic-question").Change("channel");
        Assert.Equal(new Condition("channel", LogicOperator.Equals, "a"), got!.Conditions[0]);
    }

    [Fact]
    public void ValueSelect_ListsChoices_ForChoiceQuestion()
    {
        var cut = RenderBuilder(LogicGroup.Of("channel", LogicOperator.Equals, "a"), _ => { });
        Assert.Equal(["", "a", "b"], cut.FindAll("select.sd-logic-value option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void OperatorChange_ToUnary_DropsValue()
    {
        LogicGroup? got = null;
        var cut = RenderBuilder(LogicGroup.Of("csat", LogicOperator.Less, "3"), v => got = v);
        Assert.Contains(cut.FindAll("select.sd-logic-operator option"), o => o.GetAttribute("value") == "GreaterOrEqual");
        cut.Find("select.sd-logic-operator").Change("Answered");
        Assert.Equal(new Condition("csat", LogicOperator.Answered, null), got!.Conditions[0]);
    }

    [Fact]
    public void RemoveLastCondition_ClearsLogic()
    {
        LogicGroup? got = LogicGroup.Of("csat", LogicOperator.Answered);
        var cut = RenderBuilder(got, v => got = v);
        cut.Find("[data-testid=remove-condition]").Click();
        Assert.Null(got);
    }

    [Fact]
    public void AddGroup_NestsAnOrGroup()
    {
        LogicGroup? got = null;
        var cut = RenderBuilder(LogicGroup.Of("csat", LogicOperator.Answered), v => got = v);
        cut.Find("[data-testid=add-group]").Click();
        var nested = Assert.Single(got!.Groups);
        Assert.Equal(LogicCombinator.Or, nested.Combinator);
    }

    [Fact]
    public void Combinator_SwitchesToOr()
    {
        LogicGroup? got = null;
        var cut = RenderBuilder(LogicGroup.Of("csat", LogicOperator.Answered), v => got = v);
        cut.FindAll("[data-testid=combinator] *").First(e => e.TextContent.Trim() == "любое условие (ИЛИ)" && e.HasAttribute("blazor:onclick") || e.TextContent.Trim() == "любое условие (ИЛИ)" && e.TagName == "BUTTON").Click();
        Assert.Equal(LogicCombinator.Or, got!.Combinator);
    }

    [Fact]
    public void NoEarlierQuestions_DisablesAdding()
    {
        var cut = Render<LogicBuilder>(p => p.Add(x => x.Value, (LogicGroup?)null));
        Assert.True(cut.Find("[data-testid=add-condition]").HasAttribute("disabled"));
        Assert.Contains("только на предыдущие", cut.Markup);
    }
}
