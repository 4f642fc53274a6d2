using Analytics.Engine.Forms;
using Bunit;
using SurveyDesigner.Questions;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Questions;

public class SingleChoiceEditorTests : ComponentTest
{
    [Fact]
    public void AddChoice_AppendsUniqueCode()
    {
        FormItem? got = null;
        var cut = Render<SingleChoiceEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.SingleChoice)).Add(x => x.ItemChanged, v => got = v));
        Assert.Equal(2, cut.FindAll("[data-testid=choice]").Count);
        cut.Find("[data-testid=add-choice]").Click();
        Assert.Equal(["a", "b", "c3"], got!.Choices.Select(c => c.Code));
    }

    [Fact]
    public void EditText_ReplacesChoiceText()
    {
        FormItem? got = null;
        var cut = Render<SingleChoiceEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.SingleChoice)).Add(x => x.ItemChanged, v => got = v));
        cut.FindAll("[data-testid=choice]")[0].QuerySelectorAll("input")[1].Change("Гамма");
        Assert.Equal("Гамма", got!.Choices[0].Text.Ru);
        Assert.Equal("a", got.Choices[0].Code);
    }
}

public class DropdownEditorTests : ComponentTest
{
    [Fact]
    public void RemoveChoice_DropsIt()
    {
        FormItem? got = null;
        var cut = Render<DropdownEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Dropdown)).Add(x => x.ItemChanged, v => got = v));
        cut.FindAll("[data-testid=remove-choice]")[0].Click();
        Assert.Equal(["b"], got!.Choices.Select(c => c.Code));
    }

    [Fact]
    public void ScoreField_AppearsOnlyWhenScored()
    {
        var plain = Render<DropdownEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Dropdown)));
        var scored = Render<DropdownEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Dropdown) with { Scored = true }));
        Assert.DoesNotContain("Балл", plain.Markup);
        Assert.Contains("Балл", scored.Markup);
    }
}

public class MultipleChoiceEditorTests : ComponentTest
{
    [Fact]
    public void MaxPicks_SetsMax()
    {
        FormItem? got = null;
        var cut = Render<MultipleChoiceEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.MultipleChoice)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=max-picks]").Change("2");
        Assert.Equal(2, got!.Max);
    }
}

public class RatingEditorTests : ComponentTest
{
    [Fact]
    public void Render_ShowsFixedRange_AndSwitchTurnsScoringOn()
    {
        FormItem? got = null;
        var cut = Render<RatingEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Rating)).Add(x => x.ItemChanged, v => got = v));
        Assert.Contains("1–5", cut.Find("[data-testid=scale-range]").TextContent);
        cut.Find("input[type=checkbox]").Change(true);
        Assert.True(got!.Scored);
    }
}

public class NpsEditorTests : ComponentTest
{
    [Fact]
    public void Render_ShowsZeroToTen()
    {
        var cut = Render<NpsEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Nps)));
        Assert.Contains("0–10", cut.Find("[data-testid=scale-range]").TextContent);
    }
}

public class CesEditorTests : ComponentTest
{
    [Fact]
    public void Render_ShowsOneToSeven()
    {
        var cut = Render<CesEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Ces)));
        Assert.Contains("1–7", cut.Find("[data-testid=scale-range]").TextContent);
    }
}

public class YesNoNaEditorTests : ComponentTest
{
    [Fact]
    public void ScoringOff_ClearsWeight()
    {
        FormItem? got = null;
        var item = Items.Of(QuestionType.YesNoNa) with { Scored = true, Weight = 3 };
        var cut = Render<YesNoNaEditor>(p => p.Add(x => x.Item, item).Add(x => x.ItemChanged, v => got = v));
        cut.Find("input[type=checkbox]").Change(false);
        Assert.False(got!.Scored);
        Assert.Null(got.Weight);
    }
}

public class NumberEditorTests : ComponentTest
{
    [Fact]
    public void Fields_SetMinMaxAndUnit()
    {
        FormItem? got = null;
        var cut = Render<NumberEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Number)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=max]").Change("25");
        Assert.Equal(25, got!.Max);
        cut.Find("[data-testid=unit]").Change("стр./мин");
        Assert.Equal("стр./мин", got!.Unit);
    }
}

public class DurationEditorTests : ComponentTest
{
    [Fact]
    public void MaxSeconds_SetsMaxAndSecondsUnit()
    {
        FormItem? got = null;
        var cut = Render<DurationEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Duration)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=max-seconds]").Change("1200");
        Assert.Equal((1200.0, "с"), (got!.Max!.Value, got.Unit));
    }
}

public class DateTimeEditorTests : ComponentTest
{
    [Fact]
    public void DefaultNow_IsStoredInUnit()
    {
        FormItem? got = null;
        var cut = Render<DateTimeEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.DateTime)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("input[type=checkbox]").Change(true);
        Assert.Equal(DateTimeEditor.Now, got!.Unit);
    }
}

public class ShortTextEditorTests : ComponentTest
{
    [Fact]
    public void MaxLength_SetsMax()
    {
        FormItem? got = null;
        var cut = Render<ShortTextEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.ShortText)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=max-length]").Change("50");
        Assert.Equal(50, got!.Max);
    }
}

public class LongTextEditorTests : ComponentTest
{
    [Fact]
    public void MinLength_SetsMin()
    {
        FormItem? got = null;
        var cut = Render<LongTextEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.LongText)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=min-length]").Change("10");
        Assert.Equal(10, got!.Min);
    }
}

public class FileEditorTests : ComponentTest
{
    [Fact]
    public void PhotoRequired_SetsRequired()
    {
        FormItem? got = null;
        var cut = Render<FileEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.File)).Add(x => x.ItemChanged, v => got = v));
        Assert.Contains("JPG, PNG, PDF", cut.Markup);
        cut.Find("input[type=checkbox]").Change(true);
        Assert.True(got!.Required);
    }
}

public class SignatureEditorTests : ComponentTest
{
    [Fact]
    public void Caption_SetsHelp()
    {
        FormItem? got = null;
        var cut = Render<SignatureEditor>(p => p.Add(x => x.Item, Items.Of(QuestionType.Signature)).Add(x => x.ItemChanged, v => got = v));
        cut.Find("[data-testid=signature-caption]").Change("Подпись руководителя офиса");
        Assert.Equal("Подпись руководителя офиса", got!.Help!.Ru);
    }
}
