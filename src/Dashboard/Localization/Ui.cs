using System.Globalization;
using Analytics.Engine.Vocabulary;

namespace Dashboard.Localization;

/// <summary>
/// The interface's string table: Russian and English side by side, so a missing translation shows in review
/// (and in a test) rather than at run time. Looked up by the current UI culture; an unknown key shows itself.
/// Codes of data (appeal kinds, consumer types, record kinds…) are not kept here but in the Engine's one
/// catalogue (<see cref="Labels"/>); their old keys ("Kind.complaint") are routed there.
/// </summary>
public sealed partial class Ui
{
    public string this[string key] => Lookup(key, CultureInfo.CurrentUICulture);

    /// <summary>The label of a data code from the Engine's catalogue, in the interface language.</summary>
    public string Label(Vocab vocabulary, string? code) => Labels.Of(vocabulary, code, CultureInfo.CurrentUICulture);

    private static readonly (string Prefix, Vocab Vocabulary)[] Routed =
        [("Records.Kind.", Vocab.RecordKind), ("Kind.", Vocab.AppealKind), ("Consumer.", Vocab.ConsumerType)];

    public static string Lookup(string key, CultureInfo culture)
    {
        if (Table.TryGetValue(key, out var entry)) return culture.TwoLetterISOLanguageName == "en" ? entry.En : entry.Ru;
        foreach (var (prefix, vocabulary) in Routed)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return Labels.Of(vocabulary, key[prefix.Length..], culture);
        return key;
    }

    /// <summary>
    /// A count with its noun in agreement: "1 запись, 2 записи, 5 записей" (Engine's <see cref="Plurals"/> rule) or
    /// "1 entry, 2 entries". The noun's entry holds "one|few|many" in Russian and "one|many" in English.
    /// </summary>
    public string Count(long n, string nounKey)
    {
        if (!Table.TryGetValue(nounKey, out var entry)) return $"{n:N0} {nounKey}";
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
        {
            var en = entry.En.Split('|');
            return n.ToString("N0", CultureInfo.CurrentUICulture) + " " + (n == 1 ? en[0] : en[^1]);
        }
        var ru = entry.Ru.Split('|');
        return Plurals.Count(n, ru[0], ru[1], ru[2]);
    }

    /// <summary>Every key, for tests that check both languages are filled in.</summary>
    public static IReadOnlyDictionary<string, (string Ru, string En)> Entries => Table;
}
