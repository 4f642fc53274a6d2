namespace Analytics.Engine.Forms;

/// <summary>
/// A respondent's answer to one item. Choice answers carry choice codes; yes/no items carry <c>yes</c>/<c>no</c>;
/// numbers, ratings and durations carry <see cref="Number"/>; dates carry ISO text; N/A is its own flag.
/// </summary>
public sealed record AnswerValue
{
    public double? Number { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<string>? Choices { get; init; }
    public bool NotApplicable { get; init; }
    /// <summary>Seconds the auditor spent on the item (checklist evidence), not the answer itself.</summary>
    public double? SecondsSpent { get; init; }
    public string? Note { get; init; }
    public DateTime? AnsweredAt { get; init; }

    public static AnswerValue Of(double number) => new() { Number = number };
    public static AnswerValue Of(string text) => new() { Text = text };
    public static AnswerValue OfChoices(params string[] codes) => new() { Choices = codes };
    public static AnswerValue Na { get; } = new() { NotApplicable = true };

    /// <summary>True when something was answered (N/A counts as an answer).</summary>
    public bool HasValue => NotApplicable || Number is not null || !string.IsNullOrWhiteSpace(Text) || Choices is { Count: > 0 };

    /// <summary>The value's parts as strings, for comparisons: choice codes, the text, or the number.</summary>
    public IReadOnlyList<string> Tokens() =>
        Choices is { Count: > 0 } ? Choices
        : !string.IsNullOrEmpty(Text) ? [Text!]
        : Number is { } n ? [n.ToString(System.Globalization.CultureInfo.InvariantCulture)]
        : [];
}
