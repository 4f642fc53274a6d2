namespace Analytics.Engine.Vocabulary;

/// <summary>
/// How an office is named wherever a person reads it: five offices share "Центральный клиентский офис", so the
/// city and code tell them apart — "Центральный клиентский офис — Архангельск, ARH-01". A row without a unit is
/// the company as a whole (company-level audits, e.g. of the website).
/// </summary>
public static class OfficeNames
{
    public static string Display(string? name, string? city, string? code, System.Globalization.CultureInfo? culture = null)
    {
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(code)) return Company(culture);
        var place = string.Join(", ", new[] { city, code }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (string.IsNullOrWhiteSpace(name)) return code!;
        if (place.Length == 0) return name;
        // A name that already carries its city (branch-level names) is not repeated.
        if (city is not null && name.Contains(city, StringComparison.OrdinalIgnoreCase)) place = code ?? "";
        return place.Length == 0 ? name : $"{name} — {place}";
    }

    /// <summary>The label of figures that belong to no single office.</summary>
    public static string Company(System.Globalization.CultureInfo? culture = null) =>
        Labels.IsEnglish(culture ?? System.Globalization.CultureInfo.CurrentUICulture) ? "Company as a whole" : "Компания в целом";
}
