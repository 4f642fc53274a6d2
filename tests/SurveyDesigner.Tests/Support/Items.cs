using Analytics.Engine.Forms;

namespace SurveyDesigner.Tests.Support;

internal static class Items
{
    public static FormItem Of(QuestionType type, string code = "q") => new()
    {
        Code = code, Type = type, Text = new LocalizedText($"Вопрос {code}", $"Question {code}"),
        Choices = QuestionTypes.HasChoices(type) ? [new("a", new("Альфа", "Alpha"), 1), new("b", new("Бета", "Beta"), 0)] : [],
    };
}
