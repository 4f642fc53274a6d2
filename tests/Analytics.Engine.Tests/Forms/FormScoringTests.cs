using Analytics.Engine.Forms;

namespace Analytics.Engine.Tests.Forms;

public class FormScoringTests
{
    [Fact]
    public void Score_IsWeightedMeanExcludingNa_PerSectionAndTotal()
    {
        var form = TestForms.Sections(
            ("s1", [TestForms.YesNo("a", 3), TestForms.YesNo("b", 1), TestForms.YesNo("c", 5)]),
            ("s2", [TestForms.YesNo("d", 2)]));
        var answers = new Dictionary<string, AnswerValue>
        {
            ["a"] = AnswerValue.Of("yes"), ["b"] = AnswerValue.Of("no"), ["c"] = AnswerValue.Na, ["d"] = AnswerValue.Of("yes"),
        };

        var score = FormScoring.Score(form, answers);

        Assert.Equal(0.75, score.Sections[0].Score!.Value, 10);   // 3·1 + 1·0 over 4; c is N/A
        Assert.Equal(1, score.Sections[0].NotApplicable);
        Assert.Equal(1.0, score.Sections[1].Score!.Value, 10);
        Assert.Equal(5.0 / 6, score.Total!.Value, 10);            // (3 + 2) / (3 + 1 + 2)
    }

    [Fact]
    public void Score_IsNull_WhenEveryItemIsNa()
    {
        var form = TestForms.Build(TestForms.YesNo("a", 2));
        var score = FormScoring.Score(form, new Dictionary<string, AnswerValue> { ["a"] = AnswerValue.Na });
        Assert.Null(score.Total);
    }

    [Fact]
    public void ItemScore_ScalesRatingAndChoiceScores()
    {
        var rating = TestForms.Item("r", QuestionType.Rating) with { Scored = true };
        var choice = TestForms.Item("c", QuestionType.SingleChoice) with
        {
            Scored = true, Choices = [new("good", new("Хорошо"), 4), new("ok", new("Средне"), 2), new("bad", new("Плохо"), 0)],
        };
        Assert.Equal(0.75, FormScoring.ItemScore(rating, AnswerValue.Of(4)));
        Assert.Equal(0.5, FormScoring.ItemScore(choice, AnswerValue.OfChoices("ok")));
    }

    [Fact]
    public void Score_ExcludesHiddenItems_WhenLogicHidesThem()
    {
        var form = TestForms.Build(TestForms.YesNo("a"), TestForms.YesNo("b") with { ShowIf = LogicGroup.Of("a", LogicOperator.Equals, "no") });
        var answers = new Dictionary<string, AnswerValue> { ["a"] = AnswerValue.Of("yes"), ["b"] = AnswerValue.Of("no") };
        Assert.Equal(1.0, FormScoring.Score(form, answers).Total);
    }
}
