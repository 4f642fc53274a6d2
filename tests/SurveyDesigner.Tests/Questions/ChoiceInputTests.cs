using Analytics.Engine.Forms;
using Bunit;
using SurveyDesigner.Questions;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Questions;

public class SingleChoiceInputTests : ComponentTest
{
    [Fact]
    public void Change_RaisesChosenCode_AndLabelsEveryOption()
    {
        AnswerValue? got = null;
        var cut = Render<SingleChoiceInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.SingleChoice)).Add(x => x.ValueChanged, v => got = v));
        Assert.Equal(2, cut.FindAll("input[type=radio][name='a.q']").Count);
        Assert.Contains("Альфа", cut.Find("label[for='q-q-a']").TextContent);

        cut.Find("#q-q-b").Change("b");

        Assert.Equal(["b"], got!.Choices!);
    }

    [Fact]
    public void Render_ShowsEnglish_WhenCultureIsEnglish()
    {
        var cut = Render<SingleChoiceInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.SingleChoice)).Add(x => x.Culture, "en"));
        Assert.Contains("Alpha", cut.Markup);
    }
}

public class MultipleChoiceInputTests : ComponentTest
{
    [Fact]
    public void Toggle_KeepsDefinitionOrder_AndClearsToNull()
    {
        AnswerValue? got = null;
        var item = Items.Of(QuestionType.MultipleChoice);
        var cut = Render<MultipleChoiceInput>(p => p.Add(x => x.Item, item).Add(x => x.Value, AnswerValue.OfChoices("b")).Add(x => x.ValueChanged, v => got = v));

        cut.Find("#q-q-a").Change(true);
        Assert.Equal(["a", "b"], got!.Choices!);

        cut.Find("#q-q-b").Change(false);
        Assert.Null(got);
    }
}

public class DropdownInputTests : ComponentTest
{
    [Fact]
    public void Change_RaisesChoice_AndEmptyClears()
    {
        AnswerValue? got = AnswerValue.Of("x");
        var cut = Render<DropdownInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Dropdown)).Add(x => x.ValueChanged, v => got = v));
        Assert.Equal(3, cut.FindAll("option").Count);

        cut.Find("select").Change("a");
        Assert.Equal(["a"], got!.Choices!);
        cut.Find("select").Change("");
        Assert.Null(got);
    }
}

public class YesNoNaInputTests : ComponentTest
{
    [Fact]
    public void Change_RaisesYesNoOrNa_KeepingTheNote()
    {
        AnswerValue? got = null;
        var cut = Render<YesNoNaInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.YesNoNa))
            .Add(x => x.Value, new AnswerValue { Text = "yes", Note = "табличка выцвела" }).Add(x => x.ValueChanged, v => got = v));
        Assert.True(cut.Find("#q-q-yes").HasAttribute("checked"));

        cut.Find("#q-q-na").Change("na");
        Assert.True(got!.NotApplicable);
        Assert.Equal("табличка выцвела", got.Note);

        cut.Find("#q-q-no").Change("no");
        Assert.Equal("no", got!.Text);
    }
}
