using System.Globalization;

namespace Analytics.Engine.Store.Export;

/// <summary>
/// OWASP CSV injection: a text cell starting with <c>=</c> <c>+</c> <c>-</c> <c>@</c>, a tab or a carriage return is
/// run as a formula by spreadsheet programs (<c>=HYPERLINK(…)</c>), so CSV exports prefix it with a single quote,
/// which the spreadsheet shows as text. A plain number (<c>-5</c>, <c>+1.5</c>) is not a formula and is left alone.
/// One rule for every CSV the suite writes: the Engine's table export (<see cref="SqlExpression"/>) and the
/// Dashboard's tables (<see cref="Neutralise"/>).
/// </summary>
public static class CsvInjection
{
    private const string Triggers = "=+-@\t\r";

    public static bool IsRisky(string value) => IsRisky(value.AsSpan());

    public static string Neutralise(string value) => IsRisky(value) ? "'" + value : value;

    /// <summary>
    /// Undoes <see cref="Neutralise"/> on import, so an exported file imports back as the same values (a phone
    /// "+7 …" exported as "'+7 …" is not a new value conflicting with the stored one). Only a quote followed by
    /// text Neutralise would have prefixed is removed; any other leading quote is kept.
    /// </summary>
    public static ReadOnlySpan<char> Restore(ReadOnlySpan<char> value) =>
        value.Length > 1 && value[0] == '\'' && IsRisky(value[1..]) ? value[1..] : value;

    private static bool IsRisky(ReadOnlySpan<char> value) =>
        value.Length > 0 && Triggers.Contains(value[0])
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>The same rule in DuckDB SQL for a VARCHAR column (quoted identifier).</summary>
    public static string SqlExpression(string quotedColumn) =>
        $"CASE WHEN regexp_matches({quotedColumn}, '^[=+\\-@\\t\\r]') AND TRY_CAST({quotedColumn} AS DOUBLE) IS NULL " +
        $"THEN '''' || {quotedColumn} ELSE {quotedColumn} END";
}
