using System.Globalization;

namespace Dashboard.Localization;

/// <summary>
/// The interface's string table: Russian and English side by side, so a missing translation shows in review
/// (and in a test) rather than at run time. Looked up by the current UI culture; an unknown key shows itself.
/// </summary>
public sealed partial class Ui
{
    public string this[string key] => Lookup(key, CultureInfo.CurrentUICulture);

    public static string Lookup(string key, CultureInfo culture) =>
        Table.TryGetValue(key, out var entry)
            ? culture.TwoLetterISOLanguageName == "en" ? entry.En : entry.Ru
            : key;

    /// <summary>Every key, for tests that check both languages are filled in.</summary>
    public static IReadOnlyDictionary<string, (string Ru, string En)> Entries => Table;
}
