using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Engine.Classification;

/// <summary>
/// Normalises appeal text before featurisation: HTML tags stripped and entities decoded, lower case, ё → е,
/// e-mails, URLs, phone numbers and other numbers replaced by mask tokens, whitespace collapsed.
/// Masking keeps personal data and one-off figures (amounts, meter numbers, addresses) out of the vocabulary,
/// so the model learns "a phone number was given" rather than a particular number.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Token that replaces an e-mail address.</summary>
    public const string EmailToken = "xemail";

    /// <summary>Token that replaces a web address.</summary>
    public const string UrlToken = "xurl";

    /// <summary>Token that replaces a phone number.</summary>
    public const string PhoneToken = "xphone";

    /// <summary>Token that replaces any other number (amounts, dates, meter and account numbers).</summary>
    public const string NumberToken = "xnum";

    /// <summary>Returns the normalised form of <paramref name="text"/>; null or blank gives an empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var s = text;
        if (s.Contains('<')) s = HtmlTag().Replace(s, " ");
        if (s.Contains('&')) s = WebUtility.HtmlDecode(s);
        s = s.ToLowerInvariant().Replace('ё', 'е');
        s = Email().Replace(s, " " + EmailToken + " ");
        s = Url().Replace(s, " " + UrlToken + " ");
        s = Phone().Replace(s, " " + PhoneToken + " ");
        s = Number().Replace(s, " " + NumberToken + " ");
        return CollapseWhitespace(s);
    }

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            // Non-breaking spaces and control characters count as whitespace: pasted Word/HTML text is full of them.
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"<[^>]{0,500}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?://|www\.)\S+")]
    private static partial Regex Url();

    // Russian phone numbers: +7 / 8, optional brackets, dashes and spaces; at least 10 digits in total.
    [GeneratedRegex(@"(?<!\d)(\+7|8)[\s\-]?\(?\d{3,5}\)?[\s\-]?\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)")]
    private static partial Regex Phone();

    // Numbers with optional decimal part or digit-group separators (1 234,56 / 12.03.2024 / 0012345678).
    [GeneratedRegex(@"\d+(?:[.,:/\-]\d+)*")]
    private static partial Regex Number();
}
