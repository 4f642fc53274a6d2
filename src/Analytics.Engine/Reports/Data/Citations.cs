using System.Text.RegularExpressions;

namespace Analytics.Engine.Reports.Data;

/// <summary>
/// Turns the methodology's internal source notes («001 §2.2.4 (extension ≤ 30 days); 002 §8.2.5», «form 2.3
/// criterion 2.3 [V]», «003 Table 10») into citations fit for a signed document: the document's Russian name from
/// <see cref="ReportOptions.SourceDocuments"/> and its clause («Стандарт обслуживания потребителей, п. 2.2.4»).
/// Working notes — file names, reading markers, English remarks — are dropped, never printed.
/// </summary>
public static partial class Citations
{
    /// <summary>Printed when a criterion's source holds no citable clause (the product's own rule).</summary>
    public const string OwnRule = "Методика самооценки";

    public static string Format(string? source, IReadOnlyDictionary<string, string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (string.IsNullOrWhiteSpace(source)) return OwnRule;
        var parts = new List<string>();
        string? previous = null;
        foreach (var raw in source.Split(';'))
        {
            var segment = Clean(raw);
            if (segment.Length == 0) continue;
            // «003 Таблица 6; Таблица 7»: a clause without its document cites the document before it.
            if (previous is not null && Table().IsMatch(segment) || previous is not null && segment.StartsWith('§'))
                segment = $"{previous} {segment}";
            if (Form().Match(segment) is { Success: true } f)
            {
                var text = $"{Document(documents, "form")}, форма {f.Groups["form"].Value}";
                var clause = f.Groups["clause"].Value.Trim();
                if (clause.Length > 0 && !HasLatin(clause)) text += $", п. {clause}";
                parts.Add(text);
            }
            else if (Seed().Match(segment) is { Success: true } m)
            {
                var clause = Clause(m.Groups["rest"].Value);
                previous = m.Groups["id"].Value;
                var name = Document(documents, previous);
                parts.Add(clause is null ? name : $"{name}, {clause}");
            }
        }
        return parts.Count == 0 ? OwnRule : string.Join("; ", parts.Distinct());
    }

    private static string Document(IReadOnlyDictionary<string, string> documents, string id) =>
        documents.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : OwnRule;

    /// <summary>
    /// «§2.2.4, §8.4.4» → «п. 2.2.4, 8.4.4»; «ch. 9» → «гл. 9»; «Table 10» or «Таблица 10» → «табл. 10»; «Таблица 9 №1–16»
    /// → «табл. 9, № 1–16»; anything else → none.
    /// </summary>
    private static string? Clause(string rest)
    {
        rest = rest.Trim();
        if (rest.Length == 0) return null;
        if (Chapter().Match(rest) is { Success: true } ch) return $"гл. {ch.Groups[1].Value}";
        if (Table().Match(rest) is { Success: true } t)
            return $"табл. {t.Groups[1].Value}" + (t.Groups["rows"].Success ? $", № {t.Groups["rows"].Value.Replace("№", "", StringComparison.Ordinal).Trim()}" : "");
        var clauses = Paragraphs().Matches(rest).Select(x => x.Groups[1].Value).ToList();
        return clauses.Count == 0 ? null : "п. " + string.Join(", ", clauses);
    }

    private static string Clean(string segment)
    {
        segment = Parenthesised().Replace(segment, "");
        segment = Bracketed().Replace(segment, "");
        var dash = segment.IndexOf(" — ", StringComparison.Ordinal);
        if (dash >= 0) segment = segment[..dash];
        return segment.Trim();
    }

    /// <summary>Ids of the documents a source note cites (for the legend of short names).</summary>
    public static IEnumerable<string> DocumentsOf(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) yield break;
        foreach (var raw in source.Split(';'))
        {
            var segment = Clean(raw);
            if (Form().IsMatch(segment)) yield return "form";
            else if (Seed().Match(segment) is { Success: true } m) yield return m.Groups["id"].Value;
        }
    }

    public static bool HasLatin(string text) => text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');

    [GeneratedRegex(@"\([^)]*\)")] private static partial Regex Parenthesised();
    [GeneratedRegex(@"\[[^\]]*\]")] private static partial Regex Bracketed();
    [GeneratedRegex(@"^(?<id>00\d)\b(?<rest>.*)$")] private static partial Regex Seed();
    [GeneratedRegex(@"\bform\s+(?<form>\d\.\d)(\s+criteri(on|a)\s+(?<clause>[\d.]+(\s+[а-я]\))?))?", RegexOptions.IgnoreCase)] private static partial Regex Form();
    [GeneratedRegex(@"^ch\.\s*(\d+)")] private static partial Regex Chapter();
    [GeneratedRegex(@"^(?:Table|Таблица|табл\.)\s*(\d+)(?:\s*(?<rows>№\s*[\d–\-]+(?:,\s*№?\s*[\d–\-]+)*))?", RegexOptions.IgnoreCase)] private static partial Regex Table();
    [GeneratedRegex(@"§\s*(\d+(?:\.\d+)*(?:[–-]\d+(?:\.\d+)*)?)")] private static partial Regex Paragraphs();
}
