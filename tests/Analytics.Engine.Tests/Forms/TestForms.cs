using Analytics.Engine.Forms;

namespace Analytics.Engine.Tests.Forms;

/// <summary>Small definitions for tests.</summary>
internal static class TestForms
{
    public static FormItem YesNo(string code, double? weight = null, bool required = false) => new()
    {
        Code = code, Type = QuestionType.YesNoNa, Text = new($"Вопрос {code}"), Scored = true, Weight = weight, Required = required,
    };

    public static FormItem Item(string code, QuestionType type, bool required = false) => new()
    {
        Code = code, Type = type, Text = new($"Вопрос {code}"), Required = required,
        Choices = QuestionTypes.HasChoices(type) ? [new("a", new("А"), 1), new("b", new("Б"), 0)] : [],
    };

    public static FormDefinition Build(params FormItem[] items) => Sections(("s1", items));

    public static FormDefinition Sections(params (string Code, FormItem[] Items)[] sections) => new()
    {
        Code = "test-form", Kind = FormKind.Checklist, Title = new("Тестовая форма", "Test form"),
        Sections = [.. sections.Select(s => new FormSection { Code = s.Code, Title = new($"Раздел {s.Code}"), Items = s.Items })],
    };
}
