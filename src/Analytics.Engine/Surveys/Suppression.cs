using System.Globalization;

namespace Analytics.Engine.Surveys;

/// <summary>
/// The one minimum-n rule for survey figures (pages, exports, PDFs, CLI): a figure resting on fewer than the
/// minimum responses is replaced by «недостаточно ответов» — protecting the anonymity of a small office and
/// keeping noise off the page. Figures are suppressed by the n they are computed from (a share's denominator).
/// </summary>
public static class Suppression
{
    /// <summary>The default floor; a deployment sets <see cref="SurveyOptions.MinimumN"/>.</summary>
    public const int DefaultMinimumN = 5;

    public const string TextRu = "недостаточно ответов";
    public const string TextEn = "not enough responses";

    /// <summary>True when a figure from <paramref name="n"/> responses must not be shown (n = 0 included).</summary>
    public static bool Hides(long n, int minimumN)
    {
        if (minimumN < 1) throw new ArgumentOutOfRangeException(nameof(minimumN), minimumN, "The survey minimum n must be at least 1.");
        return n < minimumN;
    }

    /// <summary>The words shown instead of a suppressed figure, Russian unless the culture is English.</summary>
    public static string Text(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en" ? TextEn : TextRu;

    /// <summary>The figure's text, or the suppression words when <paramref name="n"/> is below the floor.</summary>
    public static string Show(long n, int minimumN, Func<string> figure, CultureInfo? culture = null) =>
        Hides(n, minimumN) ? Text(culture) : figure();

    /// <summary>The value a file keeps: the number, or the suppression words (never the number) when hidden.</summary>
    public static object? Value(long n, int minimumN, object? value, CultureInfo? culture = null) =>
        Hides(n, minimumN) ? Text(culture) : value;
}
