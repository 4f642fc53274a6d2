namespace Analytics.Engine.Forms;

/// <summary>Whether a form is a client questionnaire or an auditor's checklist.</summary>
public enum FormKind { Questionnaire, Checklist }

/// <summary>The question types of F1. Serialised in snake_case (<c>single_choice</c>, <c>yes_no_na</c>, …).</summary>
public enum QuestionType
{
    SingleChoice, MultipleChoice, Dropdown, Rating, Nps, Ces, YesNoNa, Number, Duration,
    DateTime, ShortText, LongText, File, Signature,
}

/// <summary>A text in Russian (required, the UI default) and English (optional, falls back to Russian).</summary>
public sealed record LocalizedText(string Ru, string? En = null)
{
    /// <summary>The text for a UI culture: English when asked for and present, else Russian.</summary>
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(En)
            ? En! : Ru;

    public override string ToString() => Ru;
}

/// <summary>
/// A questionnaire or checklist definition: the JSON document stored as a draft and frozen into versions.
/// The format is documented in <c>data/templates/README.md</c>.
/// </summary>
public sealed record FormDefinition
{
    public required string Code { get; init; }
    public FormKind Kind { get; init; }
    public required LocalizedText Title { get; init; }
    public LocalizedText? Description { get; init; }
    /// <summary>The template this form was started from, if any.</summary>
    public string? Template { get; init; }
    public IReadOnlyList<FormSection> Sections { get; init; } = [];

    /// <summary>Every item in document order.</summary>
    public IEnumerable<FormItem> AllItems() => Sections.SelectMany(s => s.Items);
}

/// <summary>A titled group of items; it may itself be shown only when its condition holds.</summary>
public sealed record FormSection
{
    public required string Code { get; init; }
    public required LocalizedText Title { get; init; }
    public LogicGroup? ShowIf { get; init; }
    public IReadOnlyList<FormItem> Items { get; init; } = [];
}

/// <summary>One question or checklist point.</summary>
public sealed record FormItem
{
    public required string Code { get; init; }
    public QuestionType Type { get; init; }
    public required LocalizedText Text { get; init; }
    public LocalizedText? Help { get; init; }
    public bool Required { get; init; }
    /// <summary>Weight in the checklist score; only meaningful when <see cref="Scored"/>.</summary>
    public double? Weight { get; init; }
    /// <summary>Whether the item counts towards the score (choice scores, yes = 1 / no = 0, rating scaled to 0..1).</summary>
    public bool Scored { get; init; }
    /// <summary>The methodology criterion this item feeds (read by the indicator engine).</summary>
    public string? CriterionId { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public LogicGroup? ShowIf { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Unit { get; init; }
    /// <summary>The clause of the standard the item checks, e.g. <c>002 §7.3.1</c>.</summary>
    public string? Source { get; init; }
    /// <summary>Answers identify the respondent (a phone, an e-mail): masked for roles that may not see personal data.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Personal { get; init; }
    /// <summary>
    /// On a checklist item: not doing it is critical — a "no" opens a client case at once (ADR 0027), besides counting
    /// in the score. Optional; absent means not critical.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Critical { get; init; }
    /// <summary>
    /// On a yes/no item: the stopwatch items whose measured seconds answer it (yes when their sum is within the
    /// methodology norm <see cref="TimedCheck.Norm"/>, see <see cref="TimedNorms"/>). The runner pre-answers; the
    /// auditor can still change the answer.
    /// </summary>
    public TimedCheck? TimedBy { get; init; }
}

/// <summary>
/// A yes/no norm answered from measured durations: "waiting did not exceed the norm" ← wait_seconds ≤ the
/// methodology's <c>queueWaitMinutes</c>. <see cref="Norm"/> names the methodology norm (the one home of the number);
/// <see cref="AtMostSeconds"/> is only for a company's own timed item no methodology norm covers.
/// </summary>
public sealed record TimedCheck(
    IReadOnlyList<string> Items,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] double AtMostSeconds = 0,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Norm = null);

/// <summary>An answer option of a choice question; <see cref="Score"/> is used when the item is scored.</summary>
public sealed record Choice(string Code, LocalizedText Text, double? Score = null);
