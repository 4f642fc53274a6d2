using System.Globalization;

namespace SurveyDesigner.Questions;

/// <summary>
/// Date-time answers are typed and shown in the Russian form <c>дд.мм.гггг чч:мм</c> whatever the browser's language
/// (a native datetime-local control follows the browser and showed US dates), and stored as ISO
/// <c>yyyy-MM-ddTHH:mm</c>. form-state.js does the same conversion for the runner.
/// </summary>
public static class DateTimeText
{
    private static readonly string[] Russian = ["dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy HH:mm:ss"];
    private const string Iso = "yyyy-MM-ddTHH:mm";

    /// <summary>"03.12.2026 10:36" (or an ISO text) → "2026-12-03T10:36"; null when it is neither.</summary>
    public static string? ToIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateTime.TryParseExact(t, Russian, CultureInfo.InvariantCulture, DateTimeStyles.None, out var ru)) return ru.ToString(Iso, CultureInfo.InvariantCulture);
        // ISO only (a script-less client or the runner's stored answer): no other culture's guess, such as 12/03.
        return t.Length >= 10 && char.IsAsciiDigit(t[0]) && t[4] == '-' && t[7] == '-'
            && DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
            ? iso.ToString(Iso, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An ISO answer as the input shows it: "2026-12-03T10:36" → "03.12.2026 10:36" (other text as is).</summary>
    public static string ToRussian(string? iso) =>
        iso is not null && DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d)
            ? d.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) : iso ?? "";
}
