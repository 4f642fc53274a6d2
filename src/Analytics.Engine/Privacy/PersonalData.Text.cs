using System.Text.RegularExpressions;

namespace Analytics.Engine.Privacy;

/// <summary>
/// Free text (a comment, a free-text answer, an appeal's text) is not a personal field, yet people write their phone
/// number or e-mail into it. For a reader who may not see personal data, each phone number and e-mail inside the text
/// is masked by the same <see cref="Mask"/> as a personal field; the rest of the text stays readable.
/// </summary>
public static partial class PersonalData
{
    /// <summary>
    /// E-mails; Russian phone numbers +7/8 with optional brackets, spaces and hyphens (+7 (911) 222-33-44,
    /// 8 911 222 33 44, 8(911)2223344); a local number of ten digits grouped as 3-3-2-2; any run of 10–11 digits.
    /// </summary>
    [GeneratedRegex(
        @"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}" +
        @"|(?<![\d+])(?:\+7|8)[\s\-]?\(?\d{3}\)?[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)" +
        @"|(?<![\d+])\(?\d{3}\)?[\s\-]\d{3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)" +
        @"|(?<![\d+])\+?\d{10,11}(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContactInText();

    /// <summary>The text with every phone number and e-mail in it masked (<see cref="Mask"/>).</summary>
    public static string ScrubText(string text) => ContactInText().Replace(text, m => Mask(m.Value));

    /// <summary>Free text as the reader sees it: whole when they may see personal data, otherwise scrubbed.</summary>
    public static string? ShownText(string? text, bool maySee) => maySee || string.IsNullOrEmpty(text) ? text : ScrubText(text);
}
