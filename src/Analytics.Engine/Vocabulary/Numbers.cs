using System.Globalization;

namespace Analytics.Engine.Vocabulary;

/// <summary>
/// Figures as managers read them, in one place for pages, exports' display columns and PDFs: shares as
/// "89,7 %", intervals "85,2–92,9 %", changes in percentage points "+1,2 п.п.", n beside a value, and the plan
/// outcome in words with its tolerance. Russian by default; English when the culture is English.
/// A no-break space joins a number to its unit so the two never part on a line break.
/// </summary>
public static class Numbers
{
    public const char Space = '\u00A0';

    /// <summary>Month names for charts and tables (nominative; short forms as in "янв 2026").</summary>
    public static readonly string[] Months =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    public static readonly string[] MonthsShort = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
    public const string Dash = "—";

    private static CultureInfo C(CultureInfo? culture) =>
        Labels.IsEnglish(culture ?? CultureInfo.CurrentUICulture) ? CultureInfo.GetCultureInfo("en-GB") : Labels.Russian;

    private static bool En(CultureInfo? culture) => Labels.IsEnglish(culture ?? CultureInfo.CurrentUICulture);

    /// <summary>A number with decimal comma (ru) and grouped thousands.</summary>
    public static string Decimal(double? value, int decimals = 1, CultureInfo? culture = null) =>
        value is { } v && double.IsFinite(v) ? Clean(v.ToString("#,0." + new string('0', decimals), C(culture))) : Dash;

    /// <summary>A count with grouped thousands: "1 234".</summary>
    public static string Count(long? value, CultureInfo? culture = null) => value is { } v ? Clean(v.ToString("#,0", C(culture))) : Dash;

    /// <summary>A file's size as people read it: "12 КБ" below a megabyte (at least 1), "1,4 МБ" above ("KB"/"MB" in English).</summary>
    public static string Size(long? bytes, CultureInfo? culture = null) => bytes switch
    {
        null => Dash,
        < 1024 * 1024 => Count(Math.Max(1, (bytes.Value + 1023) / 1024), culture) + Space + (En(culture) ? "KB" : "КБ"),
        _ => Decimal(bytes.Value / (1024.0 * 1024), 1, culture) + Space + (En(culture) ? "MB" : "МБ"),
    };

    /// <summary>A share 0…1 as "89,7 %".</summary>
    public static string Share(double? share, CultureInfo? culture = null) =>
        share is { } s && double.IsFinite(s) ? Decimal(s * 100, 1, culture) + Space + "%" : Dash;

    /// <summary>A 95 % interval of a share as "85,2–92,9 %".</summary>
    public static string Interval(double? lower, double? upper, CultureInfo? culture = null) =>
        lower is { } lo && upper is { } hi && double.IsFinite(lo) && double.IsFinite(hi)
            ? Decimal(lo * 100, 1, culture) + "–" + Decimal(hi * 100, 1, culture) + Space + "%"
            : Dash;

    /// <summary>A change of a share (difference of two shares 0…1) in percentage points: "+1,2 п.п.".</summary>
    public static string Points(double? change, CultureInfo? culture = null)
    {
        if (change is not { } d || !double.IsFinite(d)) return Dash;
        var rounded = Math.Round(d * 100, 1, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±";
        return sign + Decimal(Math.Abs(rounded), 1, culture) + Space + (En(culture) ? "pp" : "п.п.");
    }

    /// <summary>"89,7 % (n = 1 234)": a value with the count it rests on.</summary>
    public static string WithN(string value, long? n, CultureInfo? culture = null) =>
        n is { } count ? $"{value} (n{Space}={Space}{Count(count, culture)})" : value;

    /// <summary>
    /// A criterion's value by its unit (methodology <c>unit</c>): share → "89,7 %", percent → "89,7 %", index (NPS)
    /// → "+45,3", count → "12", minutes → "14,6 мин", seconds → "45 с", flag → "да"/"нет".
    /// </summary>
    public static string Value(double? value, string unit, CultureInfo? culture = null) => unit switch
    {
        _ when value is null => Dash,
        "percent" => Decimal(value, 1, culture) + Space + "%",
        "index" => (value > 0 ? "+" : "") + Decimal(value, 1, culture),
        "count" => Decimal(value, 0, culture),
        // Means judged against a time norm (001 §2.1.5 queue and reception, 001 §2.2.4 45 s and 5 min).
        "minutes" => Decimal(value, 1, culture) + Space + (En(culture) ? "min" : "мин"),
        "seconds" => Decimal(value, 0, culture) + Space + (En(culture) ? "s" : "с"),
        "flag" => value > 0 ? (En(culture) ? "yes" : "да") : (En(culture) ? "no" : "нет"),
        _ => Share(value, culture),
    };

    /// <summary>
    /// The plan outcome code (methodology plan settings: improved 1, achieved 0, not achieved −1) in words, with the
    /// tolerance band stated: k is relative to the plan (fact within plan·(1 ± k) is "achieved"), so with the plan
    /// known the band is given in percentage points of the share.
    /// </summary>
    public static string Outcome(int? outcome, double tolerance, double? plan = null, CultureInfo? culture = null)
    {
        var en = En(culture);
        var band = tolerance <= 0 ? "" : plan is { } p ? BandPoints(tolerance, p, culture)
            : "±" + Decimal(tolerance * 100, 0, culture) + Space + (en ? "% of plan" : "% от плана");
        return outcome switch
        {
            null => Dash,
            > 0 => en ? "better than plan" : "лучше плана",
            0 => (en ? $"within tolerance {band}" : $"в пределах допуска {band}").TrimEnd(),
            _ => en ? "worse than plan" : "хуже плана",
        };
    }

    /// <summary>The band's half-width in points of the share: plan · k, "±27,9 п.п." for k = 0,30 around 93 %.</summary>
    private static string BandPoints(double tolerance, double plan, CultureInfo? culture) =>
        "±" + Decimal(Math.Abs(plan) * tolerance * 100, 1, culture) + Space + (En(culture) ? "pp" : "п.п.");

    /// <summary>
    /// The tolerance for a chart's legend, both ways it is read: k relative to the plan and the band it gives in
    /// points, "30 % от плана (±27,9 п.п.)" — the same rule as <see cref="Outcome"/>'s "в пределах допуска ±27,9 п.п.".
    /// </summary>
    public static string Tolerance(double tolerance, double plan, CultureInfo? culture = null) =>
        Decimal(tolerance * 100, 0, culture) + Space + (En(culture) ? "% of plan" : "% от плана") + " (" + BandPoints(tolerance, plan, culture) + ")";

    /// <summary>What the outcome words mean, for a legend under a table (a plan row may carry its own tolerance).</summary>
    public static string OutcomeLegend(double tolerance, CultureInfo? culture = null) => En(culture)
        ? $"Outcome: the fact against the plan within a tolerance band of ±k of the plan (k = {Decimal(tolerance * 100, 0, culture)} % by the methodology unless the plan sets its own; the band is stated in pp): better than plan, within tolerance, worse than plan."
        : $"Итог: факт против плана с допуском ±k от плана (k = {Decimal(tolerance * 100, 0, culture)} % по методике, если у плана нет своего; ширина допуска указана в п.п.) — «лучше плана», «в пределах допуска», «хуже плана».";

    /// <summary>.NET's ru-RU grouping separator varies by ICU build (U+00A0 or U+202F); one no-break space everywhere.</summary>
    private static string Clean(string s) => s.Replace('\u202F', Space);
}
