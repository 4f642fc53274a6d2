namespace Analytics.Engine.Forms;

/// <summary>Facts about question types shared by the validator, scoring, answer checks and the UI.</summary>
public static class QuestionTypes
{
    /// <summary>Types whose answer is one or more codes from <see cref="FormItem.Choices"/>.</summary>
    public static bool HasChoices(QuestionType t) => t is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Dropdown;

    /// <summary>Types that can carry a score.</summary>
    public static bool IsScorable(QuestionType t) =>
        HasChoices(t) || t is QuestionType.YesNoNa or QuestionType.Rating or QuestionType.Nps or QuestionType.Ces;

    /// <summary>Types answered with a number (ratings, NPS, CES, number, duration in seconds).</summary>
    public static bool IsNumeric(QuestionType t) =>
        t is QuestionType.Rating or QuestionType.Nps or QuestionType.Ces or QuestionType.Number or QuestionType.Duration;

    /// <summary>The fixed range of a scale type, or the item's own min/max.</summary>
    public static (double? Min, double? Max) Range(FormItem item) => item.Type switch
    {
        QuestionType.Rating => (1, 5),
        QuestionType.Nps => (0, 10),
        QuestionType.Ces => (1, 7),
        QuestionType.Duration => (item.Min ?? 0, item.Max),
        _ => (item.Min, item.Max),
    };

    /// <summary>Allowed upload types for photo/file items (jpg, png, pdf).</summary>
    public static IReadOnlyList<string> FileContentTypes { get; } = ["image/jpeg", "image/png", "application/pdf"];

    /// <summary>Codes a yes/no/N/A item accepts (N/A is the answer's flag, not a code).</summary>
    public static IReadOnlyList<string> YesNo { get; } = ["yes", "no"];
}
