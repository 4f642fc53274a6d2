using System.Globalization;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Vocabulary;

/// <summary>
/// The texts of questionnaire and checklist items, read from the published form versions (the latest version
/// naming an item wins), so failed-item lists and answers show "Табличка с наименованием на входе", not
/// <c>name_plate</c>. Choice answers are named by their option text.
/// </summary>
public sealed class FormItemTexts
{
    private readonly Dictionary<(string Form, string Item), LocalizedText> _items = [];
    private readonly Dictionary<(string Form, string Item, string Choice), LocalizedText> _choices = [];

    public FormItemTexts(AnalyticsStore store)
    {
        // Texts that state a norm read the methodology's number (NormTexts), as on the tablet.
        var norms = new Methodology.MethodologyRepository(store).Get().Norms;
        using var connection = store.Open();
        var versions = connection.Query<(string Id, int Version, string Json)>(
            "SELECT definition_id, version, json FROM form_version ORDER BY definition_id, version");
        foreach (var (id, _, json) in versions)
        {
            FormDefinition form;
            try { form = NormTexts.Fill(FormJson.Deserialize(json, id), norms); }
            catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException) { continue; }
            foreach (var item in form.AllItems())
            {
                _items[(id, item.Code)] = item.Text;
                foreach (var c in item.Choices) _choices[(id, item.Code, c.Code)] = c.Text;
            }
        }
    }

    /// <summary>The item's text in the culture's language, or the code when the form does not name it.</summary>
    public string Item(string form, string item, CultureInfo? culture = null) =>
        _items.TryGetValue((form, item), out var text) ? Pick(text, culture) : item;

    /// <summary>An answer's text value: a choice's option text, else the catalogue's yes/no, channel or consumer type label.</summary>
    public string Answer(string form, string item, string? value, CultureInfo? culture = null)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (_choices.TryGetValue((form, item, value), out var text)) return Pick(text, culture);
        foreach (var v in new[] { Vocab.AnswerValue, Vocab.Channel, Vocab.ConsumerType })
            if (Labels.Knows(v, value)) return Labels.Of(v, value, culture);
        return value;
    }

    private static string Pick(LocalizedText text, CultureInfo? culture) =>
        Labels.IsEnglish(culture ?? CultureInfo.CurrentUICulture) && !string.IsNullOrEmpty(text.En) ? text.En! : text.Ru;
}
