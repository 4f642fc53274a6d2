using Analytics.Engine.Forms;
using Bunit;
using SurveyDesigner.Questions;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Questions;

public class NumberInputTests : ComponentTest
{
    [Fact]
    public void Change_ParsesDecimalComma_AndShowsUnit()
    {
        AnswerValue? got = null;
        var item = Items.Of(QuestionType.Number) with { Unit = "шт.", Min = 0, Max = 100 };
        var cut = Render<NumberInput>(p => p.Add(x => x.Item, item).Add(x => x.ValueChanged, v => got = v));
        Assert.Equal("шт.", cut.Find(".sd-unit").TextContent);
        Assert.Equal("100", cut.Find("input").GetAttribute("max"));

        cut.Find("input").Change("12,5");
        Assert.Equal(12.5, got!.Number);
        cut.Find("input").Change("abc");
        Assert.Null(got);
    }
}

public class DurationInputTests : ComponentTest
{
    [Fact]
    public void StartStop_AddsElapsedWholeSeconds_AndResetClears()
    {
        var now = new DateTime(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        AnswerValue? got = null;
        var cut = Render<DurationInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Duration))
            .Add(x => x.Clock, () => now).Add(x => x.ValueChanged, v => got = v));

        cut.Find("[data-stopwatch=start]").Click();
        now = now.AddSeconds(65.7);
        cut.Find("[data-stopwatch=stop]").Click();
        Assert.Equal(65, got!.Number);

        cut.Render(p => p.Add(x => x.Value, got));
        Assert.Equal("1:05", cut.Find("output").TextContent);
        cut.Find("[data-stopwatch=reset]").Click();
        Assert.Null(got);
    }

    [Fact]
    public void ManualEntry_SetsSeconds()
    {
        AnswerValue? got = null;
        var cut = Render<DurationInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Duration)).Add(x => x.ValueChanged, v => got = v));
        cut.Find("input[name='a.q']").Change("1200");
        Assert.Equal(1200, got!.Number);
        Assert.Equal("20:00", DurationInput.Format(1200));
    }
}

public class DateTimeInputTests : ComponentTest
{
    [Fact]
    public void Change_RaisesIsoText_FromRussianForm()
    {
        AnswerValue? got = null;
        var cut = Render<DateTimeInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.DateTime)).Add(x => x.ValueChanged, v => got = v));
        // Not the browser's native control: that follows the browser's language (US dates on an English tablet).
        Assert.Equal("text", cut.Find("input").GetAttribute("type"));
        Assert.Equal("дд.мм.гггг чч:мм", cut.Find("input").GetAttribute("placeholder"));
        cut.Find("input").Change("01.03.2025 10:30");
        Assert.Equal("2025-03-01T10:30", got!.Text);
    }

    [Fact]
    public void Render_ShowsStoredIsoValue_InRussianForm()
    {
        var cut = Render<DateTimeInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.DateTime)).Add(x => x.Value, AnswerValue.Of("2026-12-03T10:36")));
        Assert.Equal("03.12.2026 10:36", cut.Find("input").GetAttribute("value"));
    }

    [Theory]
    [InlineData("03.12.2026 10:36", "2026-12-03T10:36")]
    [InlineData("3.12.2026", "2026-12-03T00:00")]
    [InlineData("2026-12-03T10:36", "2026-12-03T10:36")]
    [InlineData("12/03/2026 10:36 AM", null)]
    [InlineData("31.02.2026 10:00", null)]
    public void ToIso_ReadsRussianAndIso_Only(string text, string? expected) => Assert.Equal(expected, DateTimeText.ToIso(text));
}

public class ShortTextInputTests : ComponentTest
{
    [Fact]
    public void Render_LimitsLength_AndChangeRaisesText()
    {
        AnswerValue? got = null;
        var cut = Render<ShortTextInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.ShortText)).Add(x => x.ValueChanged, v => got = v));
        Assert.Equal("200", cut.Find("input").GetAttribute("maxlength"));
        cut.Find("input").Change("8 800 100-00-00");
        Assert.Equal("8 800 100-00-00", got!.Text);
    }
}

public class LongTextInputTests : ComponentTest
{
    [Fact]
    public void Change_TreatsWhitespaceAsNoAnswer()
    {
        AnswerValue? got = AnswerValue.Of("x");
        var cut = Render<LongTextInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.LongText)).Add(x => x.ValueChanged, v => got = v));
        cut.Find("textarea").Change("   ");
        Assert.Null(got);
    }
}

public class FileInputTests : ComponentTest
{
    [Fact]
    public void Render_OffersCamera_AndChangeKeepsBareFileName()
    {
        AnswerValue? got = null;
        var cut = Render<FileInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.File)).Add(x => x.ValueChanged, v => got = v));
        var input = cut.Find("input[type=file]");
        Assert.Equal("image/*,application/pdf", input.GetAttribute("accept"));
        Assert.True(input.HasAttribute("capture"));
        Assert.Equal("f.q", input.GetAttribute("name"));

        input.Change(@"C:\fakepath\вход.jpg");
        Assert.Equal("вход.jpg", got!.Text);
    }
}

public class SignatureInputTests : ComponentTest
{
    [Fact]
    public void Render_HasPadAndNameField_AndClearResets()
    {
        AnswerValue? got = AnswerValue.Of("Иванов И. И.");
        var cut = Render<SignatureInput>(p => p.Add(x => x.Item, Items.Of(QuestionType.Signature)).Add(x => x.Value, got).Add(x => x.ValueChanged, v => got = v));
        Assert.NotNull(cut.Find("canvas.sd-signature-pad"));
        Assert.Equal("Иванов И. И.", cut.Find("input[name='a.q']").GetAttribute("value"));
        cut.Find("[data-signature-clear]").Click();
        Assert.Null(got);
    }
}

public class QuestionFieldTests : ComponentTest
{
    [Fact]
    public void Render_MarksRequired_AndLinksErrorForScreenReaders()
    {
        var item = Items.Of(QuestionType.Rating) with { Required = true, Help = new("Подсказка") };
        var cut = Render<QuestionField>(p => p.Add(x => x.Item, item).Add(x => x.Error, "Ответьте на вопрос"));
        Assert.NotNull(cut.Find(".sd-required"));
        Assert.Equal("alert", cut.Find(".sd-error").GetAttribute("role"));
        Assert.Equal("q-q-help q-q-error", cut.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Equal(5, cut.FindAll("input[type=radio]").Count);
    }
}
