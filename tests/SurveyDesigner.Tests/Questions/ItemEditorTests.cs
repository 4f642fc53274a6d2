using Analytics.Engine.Forms;
using Bunit;
using SurveyDesigner.Questions;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Questions;

public class ItemEditorTests : ComponentTest
{
    [Fact]
    public void Render_ShowsTypeEditorAndWeight_WhenScored()
    {
        var item = Items.Of(QuestionType.YesNoNa) with { Scored = true, Weight = 2 };
        var cut = Render<ItemEditor>(p => p.Add(x => x.Item, item));
        Assert.NotNull(cut.Find("[data-testid=item-weight]"));
        Assert.Contains("да = 1, нет = 0", cut.Markup);
    }

    [Fact]
    public void EditText_RaisesItemWithNewText()
    {
        FormItem? got = null;
        var cut = Render<ItemEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.ShortText)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=item-text-ru]").Change("Как вас зовут?");
        Assert.Equal("Как вас зовут?", got!.Text.Ru);
    }

    [Fact]
    public void Logic_OffersOnlyEarlierQuestions()
    {
        var earlier = Items.Of(QuestionType.YesNoNa, "first");
        var cut = Render<ItemEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.ShortText) with { ShowIf = LogicGroup.Of("first", LogicOperator.Equals, "yes") })
            .Add(x => x.EarlierQuestions, [earlier]));
        var question = cut.FindComponents<MudBlazor.MudSelect<string>>().Single(s => s.Instance.Class == "sd-logic-question");
        Assert.Equal(["first"], question.FindComponents<MudBlazor.MudSelectItem<string>>().Select(i => i.Instance.Value));
    }

    [Fact]
    public void Criterion_IsChosenFromMethodology_AndNamed()
    {
        var item = Items.Of(QuestionType.YesNoNa) with { Scored = true, CriterionId = "inf.stands" };
        var cut = Render<ItemEditor>(p => p.Add(x => x.Item, item).Add(x => x.Criteria, [("inf.stands", "Информационные стенды"), ("vis.wait", "Ожидание")]));
        Assert.Contains("value=\"inf.stands — Информационные стенды\"", cut.Markup);
    }

    [Fact]
    public void Criterion_UnknownToMethodology_IsKeptAndMarked()
    {
        var item = Items.Of(QuestionType.YesNoNa) with { Scored = true, CriterionId = "old.id" };
        var cut = Render<ItemEditor>(p => p.Add(x => x.Item, item).Add(x => x.Criteria, [("inf.stands", "Информационные стенды")]));
        Assert.Contains("value=\"old.id — нет в методике\"", cut.Markup);
    }

    [Fact]
    public void Issues_AreShownOnTheItem()
    {
        var issue = new FormIssue(IssueSeverity.Error, "s1", "q1", "код вопроса «q1» повторяется 2 раза.");
        var cut = Render<ItemEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.YesNoNa)).Add(x => x.Issues, [issue]));
        Assert.Equal("код вопроса «q1» повторяется 2 раза.", cut.Find("[data-testid=item-issue]").TextContent.Trim());
        Assert.Contains("sd-item-has-issues", cut.Find("[data-testid=item-editor]").ClassName);
    }
}
