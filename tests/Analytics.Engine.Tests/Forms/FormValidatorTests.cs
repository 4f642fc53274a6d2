using Analytics.Engine.Forms;

namespace Analytics.Engine.Tests.Forms;

public class FormValidatorTests
{
    private static IReadOnlyList<FormIssue> Errors(FormDefinition form) =>
        [.. FormValidator.Validate(form).Where(i => i.Severity == IssueSeverity.Error)];

    [Fact]
    public void Validate_FindsNothing_WhenFormIsSound()
    {
        var form = TestForms.Build(TestForms.YesNo("a", 2), TestForms.YesNo("b") with { ShowIf = LogicGroup.Of("a", LogicOperator.Equals, "no") });
        Assert.Empty(Errors(form));
    }

    [Fact]
    public void Validate_NamesSectionAndItem_WhenChoiceQuestionHasNoChoices()
    {
        var form = TestForms.Build(TestForms.Item("q1", QuestionType.SingleChoice) with { Choices = [] });
        var issue = Assert.Single(Errors(form));
        Assert.Equal(("s1", "q1"), (issue.Section, issue.Item));
        Assert.Contains("нет вариантов ответа", issue.Message);
        Assert.StartsWith("Раздел «s1», вопрос «q1»", issue.ToString());
    }

    [Fact]
    public void Validate_ReportsDuplicateCodes()
    {
        var form = TestForms.Sections(("s1", [TestForms.YesNo("a")]), ("s2", [TestForms.YesNo("a")]));
        Assert.Contains(Errors(form), i => i.Message.Contains("«a» повторяется"));
    }

    [Fact]
    public void Validate_ReportsWeight_WhenItemIsNotScored()
    {
        var form = TestForms.Build(TestForms.Item("t", QuestionType.ShortText) with { Weight = 2 }, TestForms.YesNo("a"));
        Assert.Contains(Errors(form), i => i.Item == "t" && i.Message.Contains("неоцениваемого"));
    }

    [Fact]
    public void Validate_ReportsLaterQuestion_WhenLogicLooksForward()
    {
        var form = TestForms.Build(TestForms.YesNo("a") with { ShowIf = LogicGroup.Of("b", LogicOperator.Answered) }, TestForms.YesNo("b"));
        Assert.Contains(Errors(form), i => i.Item == "a" && i.Message.Contains("идёт позже"));
    }

    [Fact]
    public void Validate_ReportsCycle_WhenItemsDependOnEachOther()
    {
        var form = TestForms.Build(
            TestForms.YesNo("a") with { ShowIf = LogicGroup.Of("b", LogicOperator.Equals, "yes") },
            TestForms.YesNo("b") with { ShowIf = LogicGroup.Of("a", LogicOperator.Equals, "yes") });
        Assert.Contains(Errors(form), i => i.Message.Contains("циклическая логика") && i.Message.Contains("→"));
    }

    [Fact]
    public void Validate_ReportsUnknownQuestion()
    {
        var form = TestForms.Build(TestForms.YesNo("a") with { ShowIf = LogicGroup.Of("zz", LogicOperator.Answered) });
        Assert.Contains(Errors(form), i => i.Message.Contains("неизвестный вопрос «zz»"));
    }

    [Fact]
    public void Validate_ReportsNeverShownItems_WhenValueIsNotAChoiceAndDependentsFollow()
    {
        var form = TestForms.Build(
            TestForms.Item("c", QuestionType.SingleChoice),
            TestForms.YesNo("d") with { ShowIf = LogicGroup.Of("c", LogicOperator.Equals, "zzz") },
            TestForms.YesNo("e") with { ShowIf = LogicGroup.Of("d", LogicOperator.Equals, "yes") });
        var issues = FormValidator.Validate(form);
        Assert.Contains(issues, i => i.Item == "d" && i.Message.Contains("никогда не будет показан"));
        Assert.Contains(issues, i => i.Item == "d" && i.Message.Contains("не входит в варианты"));
        Assert.Contains(issues, i => i.Item == "e" && i.Message.Contains("никогда не показывается"));
    }

    [Fact]
    public void Validate_ReportsOutOfRange_WhenRatingConditionCannotHold()
    {
        var form = TestForms.Build(
            TestForms.Item("r", QuestionType.Rating),
            TestForms.YesNo("a") with { ShowIf = LogicGroup.Of("r", LogicOperator.Greater, "5") });
        Assert.Contains(Errors(form), i => i.Item == "a" && i.Message.Contains("вне диапазона"));
    }

    [Fact]
    public void Validate_AllowsOrGroup_WhenOnlyOneBranchIsImpossible()
    {
        var form = TestForms.Build(
            TestForms.Item("r", QuestionType.Rating),
            TestForms.YesNo("a") with
            {
                ShowIf = new LogicGroup
                {
                    Combinator = LogicCombinator.Or,
                    Conditions = [new("r", LogicOperator.Greater, "5"), new("r", LogicOperator.Less, "3")],
                },
            });
        Assert.DoesNotContain(FormValidator.Validate(form), i => i.Message.Contains("никогда не будет показан"));
    }

    [Fact]
    public void Validate_ReportsOrderingOperator_OnTextQuestion()
    {
        var form = TestForms.Build(TestForms.Item("t", QuestionType.ShortText),
            TestForms.YesNo("a") with { ShowIf = LogicGroup.Of("t", LogicOperator.Greater, "5") });
        Assert.Contains(Errors(form), i => i.Message.Contains("неприменимо к вопросу «t»"));
    }

    [Fact]
    public void Validate_RefusesTimedNorm_ThatPointsAtNoStopwatch()
    {
        var sound = TestForms.Build(TestForms.Item("wait", QuestionType.Duration), TestForms.YesNo("norm") with { TimedBy = new(["wait"], 1200) });
        Assert.Empty(Errors(sound));
        var wrong = TestForms.Build(TestForms.Item("wait", QuestionType.Number), TestForms.YesNo("norm") with { TimedBy = new(["wait", "none"], 1200) });
        Assert.Equal(2, Errors(wrong).Count(i => i.Message.Contains("не пункт-секундомер")));
    }

    [Fact]
    public void IssueWithoutAPlace_StartsWithACapital()
    {
        var issue = new FormIssue(IssueSeverity.Error, null, null, "в форме нет ни одного вопроса.");
        Assert.Equal("В форме нет ни одного вопроса.", issue.ToString());
    }

    /// <summary>#18.3: "critical" opens a case only on a checklist; on a client questionnaire the designer is warned (not stopped).</summary>
    [Fact]
    public void CriticalItem_OnAQuestionnaire_IsAWarningInRussianThenEnglish()
    {
        var item = TestForms.YesNo("polite") with { Critical = true, Text = new("Сотрудник был вежлив", "The employee was polite") };
        var questionnaire = TestForms.Build(item, TestForms.YesNo("other")) with { Kind = FormKind.Questionnaire };

        var issues = FormValidator.Validate(questionnaire);

        var issue = Assert.Single(issues, i => i.Message.Contains("критичн"));
        Assert.Equal((IssueSeverity.Warning, "s1", "polite"), (issue.Severity, issue.Section, issue.Item));
        Assert.Equal("пункт «Сотрудник был вежлив» отмечен как критичный, но в анкете клиента критичность не действует: "
            + "случаи открываются только по критичным пунктам чек-листов.", issue.Message);
        Assert.Contains("“The employee was polite” is marked critical", issue.English);
        Assert.StartsWith("Раздел «s1», вопрос «polite»: пункт «Сотрудник был вежлив»", issue.ToString());
        Assert.True(FormValidator.CanPublish(issues));   // a warning: the form still publishes
    }

    [Fact]
    public void CriticalItem_OnAChecklist_IsNotFlagged_NorAnUncriticalQuestionnaireItem()
    {
        var checklist = TestForms.Build(TestForms.YesNo("a") with { Critical = true });
        var questionnaire = TestForms.Build(TestForms.YesNo("a")) with { Kind = FormKind.Questionnaire };

        Assert.DoesNotContain(FormValidator.Validate(checklist), i => i.Message.Contains("критичн"));
        Assert.DoesNotContain(FormValidator.Validate(questionnaire), i => i.Message.Contains("критичн"));
    }
}
