using Analytics.Engine.Forms;
using Bunit;
using SurveyDesigner.Questions;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Questions;

public class RatingInputTests : ComponentTest
{
    [Fact]
    public void Render_HasFivePoints_AndChangeRaisesNumber()
    {
        AnswerValue? got = null;
        var cut = Render<RatingInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Rating)).Add(x => x.ValueChanged, v => got = v));
        Assert.Equal(["1", "2", "3", "4", "5"], cut.FindAll("input[type=radio]").Select(i => i.GetAttribute("value")));

        cut.Find("#q-q-4").Change("4");

        Assert.Equal(4, got!.Number);
    }
}

public class NpsInputTests : ComponentTest
{
    [Fact]
    public void Render_HasElevenPointsFromZero_AndMarksValue()
    {
        var cut = Render<NpsInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Nps)).Add(x => x.Value, AnswerValue.Of(0)));
        Assert.Equal(11, cut.FindAll("input[type=radio]").Count);
        Assert.True(cut.Find("#q-q-0").HasAttribute("checked"));
        Assert.Contains("10 — обязательно", cut.Markup);
    }
}

public class CesInputTests : ComponentTest
{
    [Fact]
    public void Render_HasSevenPoints_AndChangeRaisesNumber()
    {
        AnswerValue? got = null;
        var cut = Render<CesInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Ces)).Add(x => x.ValueChanged, v => got = v));
        Assert.Equal(7, cut.FindAll("input[type=radio]").Count);
        cut.Find("#q-q-7").Change("7");
        Assert.Equal(7, got!.Number);
    }
}
