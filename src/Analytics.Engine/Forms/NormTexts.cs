using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Forms;

/// <summary>
/// Item texts that state a norm take its number from the methodology, like the verdict does (<see cref="TimedNorms"/>):
/// «Ответ не позднее {norm:callAnswerSeconds|секунды|секунд}» reads «Ответ не позднее 40 секунд» under the Standard and
/// «… 20 секунд» under a copy that sets 20 s, so a copied norm never leaves the old number on the tablet, in failed-item
/// lists or in the act. The two word forms follow the number: the first after 1, 21, 31… (also after a fraction), the
/// second otherwise — the genitive pair Russian needs after «не более», «не позднее», «не превысило»; English gives
/// «second|seconds».
/// </summary>
public static partial class NormTexts
{
    /// <summary>The text with every <c>{norm:name}</c> or <c>{norm:name|one|other}</c> filled in; unknown names are left as written.</summary>
    public static string Fill(string text, ComplianceNorms norms, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(norms);
        if (string.IsNullOrEmpty(text) || !text.Contains("{norm:", StringComparison.Ordinal)) return text;
        return Token().Replace(text, m =>
        {
            var name = m.Groups["name"].Value;
            if (!TimedNorms.Names.TryGetValue(name, out var seconds)) return m.Value;
            var value = seconds(norms) / (name.EndsWith("Minutes", StringComparison.Ordinal) ? 60 : 1);
            var number = value.ToString("0.##", english ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("ru-RU"));
            if (!m.Groups["one"].Success) return number;
            var whole = value == Math.Floor(value) ? (long)value : -1;
            var one = english ? whole == 1 : whole < 0 || whole % 10 == 1 && whole % 100 != 11;
            return $"{number} {(one ? m.Groups["one"].Value : m.Groups["other"].Value)}";
        });
    }

    public static LocalizedText Fill(LocalizedText text, ComplianceNorms norms) =>
        new(Fill(text.Ru, norms), text.En is null ? null : Fill(text.En, norms, english: true));

    /// <summary>The definition with every item's text, help and choices filled in from <paramref name="norms"/>.</summary>
    public static FormDefinition Fill(FormDefinition form, ComplianceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!form.AllItems().Any(HasToken)) return form;
        return form with
        {
            Sections = [.. form.Sections.Select(s => s with
            {
                Items = [.. s.Items.Select(i => HasToken(i) ? i with
                {
                    Text = Fill(i.Text, norms),
                    Help = i.Help is null ? null : Fill(i.Help, norms),
                    Choices = [.. i.Choices.Select(c => c with { Text = Fill(c.Text, norms) })],
                } : i)],
            })],
        };
    }

    /// <summary>Norm names an item's texts give that the methodology does not know (refused at publishing).</summary>
    public static IEnumerable<string> UnknownNames(FormItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var texts = new[] { item.Text?.Ru, item.Text?.En, item.Help?.Ru, item.Help?.En }.Concat(item.Choices.SelectMany(c => new[] { c.Text.Ru, c.Text.En }));
        return texts.Where(t => t is not null).SelectMany(t => Token().Matches(t!)).Select(m => m.Groups["name"].Value)
            .Where(n => !TimedNorms.Names.ContainsKey(n)).Distinct();
    }

    private static bool HasToken(FormItem item) =>
        Has(item.Text) || item.Help is { } h && Has(h) || item.Choices.Any(c => Has(c.Text));

    private static bool Has(LocalizedText t) =>
        t.Ru.Contains("{norm:", StringComparison.Ordinal) || t.En?.Contains("{norm:", StringComparison.Ordinal) == true;

    [GeneratedRegex(@"\{norm:(?<name>[A-Za-z]+)(?:\|(?<one>[^|}]+)\|(?<other>[^|}]+))?\}")]
    private static partial Regex Token();
}
