using Analytics.Engine.Forms;

namespace SurveyDesigner.Logic;

/// <summary>Russian names of logic operators, and which operators fit which question type.</summary>
public static class OperatorNames
{
    public static string Of(LogicOperator op) => op switch
    {
        LogicOperator.Equals => "равно",
        LogicOperator.NotEquals => "не равно",
        LogicOperator.Greater => "больше",
        LogicOperator.GreaterOrEqual => "больше или равно",
        LogicOperator.Less => "меньше",
        LogicOperator.LessOrEqual => "меньше или равно",
        LogicOperator.Contains => "содержит",
        LogicOperator.Answered => "есть ответ",
        LogicOperator.NotAnswered => "нет ответа",
        LogicOperator.IsNa => "неприменимо (N/A)",
        _ => op.ToString(),
    };

    /// <summary>Operators offered for a question of this type.</summary>
    public static IReadOnlyList<LogicOperator> For(QuestionType type)
    {
        var common = new List<LogicOperator> { LogicOperator.Answered, LogicOperator.NotAnswered, LogicOperator.IsNa };
        if (QuestionTypes.IsNumeric(type) || type == QuestionType.DateTime)
            common.InsertRange(0, [LogicOperator.Equals, LogicOperator.NotEquals, LogicOperator.Greater, LogicOperator.GreaterOrEqual, LogicOperator.Less, LogicOperator.LessOrEqual]);
        else if (type is QuestionType.MultipleChoice or QuestionType.ShortText or QuestionType.LongText)
            common.InsertRange(0, [LogicOperator.Contains, LogicOperator.Equals, LogicOperator.NotEquals]);
        else if (type is not (QuestionType.File or QuestionType.Signature))
            common.InsertRange(0, [LogicOperator.Equals, LogicOperator.NotEquals]);
        return common;
    }

    /// <summary>The values a condition can compare against, when the question has a fixed set (code, label).</summary>
    public static IReadOnlyList<(string Code, string Label)> ValuesFor(FormItem item) => item.Type switch
    {
        QuestionType.YesNoNa => [("yes", "Да"), ("no", "Нет")],
        var t when QuestionTypes.HasChoices(t) => [.. item.Choices.Select(c => (c.Code, c.Text.Ru))],
        _ => [],
    };
}
