using Analytics.Engine.Forms;
using Bunit;
using MudBlazor;
using SurveyDesigner.Logic;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Logic;

public class LogicBuilderTests : ComponentTest
{
    private static readonly FormItem[] Questions = [Items.Of(QuestionType.SingleChoice, "channel"), Items.Of(QuestionType.Rating, "csat")];

    private IRenderedComponent<LogicBuilder> RenderBuilder(LogicGroup? value, Action<LogicGroup?> changed) =>
        Render<LogicBuilder>(p => p.Add(x => x.Value, value).Add(x => x.Questions, Questions).Add(x => x.ValueChanged, changed));

    /// <summary>The values a condition's MudSelect (by its class) offers, read from its items as a person would open it.</summary>
    private static List<T> Offered<T>(IRenderedComponent<LogicBuilder> cut, string css) =>
        [.. cut.FindComponents<MudSelect<T>>().Single(s => s.Instance.Class == css).FindComponents<MudSelectItem<T>>().Select(i => i.Instance.Value!)];

    /// <summary>Picks <paramref name="value"/> in the condition's MudSelect (by its class), as choosing it in the list does.</summary>
    private static void Pick<T>(IRenderedComponent<LogicBuilder> cut, string css, T value)
    {
        var select = cut.FindComponents<MudSelect<T>>().Single(s => s.Instance.Class == css);
        cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value)).GetAwaiter().GetResult();
    }

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
        Pick(cut, "sd-logic-question", "channel");
        Assert.Equal(new Condition("channel", LogicOperator.Equals, "a"), got!.Conditions[0]);
    }

    [Fact]
    public void ValueSelect_ListsChoices_ForChoiceQuestion()
    {
        var cut = RenderBuilder(LogicGroup.Of("channel", LogicOperator.Equals, "a"), _ => { });
        Assert.Equal(["", "a", "b"], Offered<string>(cut, "sd-logic-value"));
    }

    [Fact]
    public void OperatorChange_ToUnary_DropsValue()
    {
        LogicGroup? got = null;
        var cut = RenderBuilder(LogicGroup.Of("csat", LogicOperator.Less, "3"), v => got = v);
        Assert.Contains(LogicOperator.GreaterOrEqual, Offered<LogicOperator>(cut, "sd-logic-operator"));
        Pick(cut, "sd-logic-operator", LogicOperator.Answered);
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

    /// <summary>
    /// D19: the condition is built with MudBlazor selects like the rest of the designer, no native select left:
    /// a person opens the question list, picks «channel», then the value «b», and the group carries that condition.
    /// </summary>
    [Fact]
    public void Condition_IsBuiltWithMudSelects_NoNativeSelect()
    {
        var provider = Render<MudPopoverProvider>();
        LogicGroup? got = null;
        var cut = RenderBuilder(null, v => got = v);
        cut.Find("[data-testid=add-condition]").Click();
        cut.Render(p => p.Add(x => x.Value, got));

        Assert.Empty(cut.FindAll("select"));
        // csat (a rating): question and operator are lists, its value is typed.
        Assert.Equal((1, 1, 1), (cut.FindComponents<MudSelect<string>>().Count, cut.FindComponents<MudSelect<LogicOperator>>().Count, cut.FindComponents<MudTextField<string>>().Count));
        cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Class == "sd-logic-question").Find(".mud-select-input").MouseDown();
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll(".mud-list-item")));
        provider.FindAll(".mud-list-item").First(i => i.TextContent.Contains("channel")).Click();
        cut.WaitForAssertion(() => Assert.Equal("channel", got!.Conditions[0].Question));
        cut.Render(p => p.Add(x => x.Value, got));

        Assert.Empty(cut.FindAll("select"));
        Pick(cut, "sd-logic-value", "b");
        Assert.Equal(new Condition("channel", LogicOperator.Equals, "b"), Assert.Single(got!.Conditions));
    }
}
