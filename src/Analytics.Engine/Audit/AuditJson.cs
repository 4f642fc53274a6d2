using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analytics.Engine.Privacy;

namespace Analytics.Engine.Audit;

/// <summary>
/// Before/after states as JSON with personal data masked by the Engine's one rule (<see cref="PersonalData"/>): a
/// property named like an appeal's personal column or a contact item code (in any case, camelCase or snake_case) keeps
/// only <see cref="PersonalData.Mask"/> of its value, and every other string has the phones and e-mails written into it
/// masked (<see cref="PersonalData.ScrubText"/>: a note "звонить +7 912 …" is free text, not a field). The trail outlives retention of the data it describes, so it
/// must never hold what erasure would have to find.
/// </summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Cyrillic stays readable in the page and the export
        WriteIndented = false,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() }, // statuses as words, not numbers
    };

    /// <summary>The state as masked JSON; null stays null (nothing before a creation, nothing after a deletion).</summary>
    public static string? Of(object? state)
    {
        if (state is null) return null;
        var node = state as JsonNode ?? JsonSerializer.SerializeToNode(state, state.GetType(), Options);
        if (node is null) return null;
        Mask(node);
        return node.ToJsonString(Options);
    }

    /// <summary>True when a property of this name holds personal data under <see cref="PersonalData"/>.</summary>
    public static bool IsPersonalName(string name)
    {
        var snake = Snake(name);
        return PersonalData.AppealFields.Contains(snake) || PersonalData.ContactCodes.Contains(snake);
    }

    private static void Mask(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is null) continue;
                    if (IsPersonalName(name) && value is JsonValue v)
                        obj[name] = PersonalData.Mask(v.ToString());
                    else if (value is JsonValue text && text.TryGetValue<string>(out var s) && PersonalData.ScrubText(s) is var scrubbed && scrubbed != s)
                        obj[name] = scrubbed; // free text (a note, a template, a title) with a phone or e-mail in it
                    else Mask(value);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var s) && PersonalData.ScrubText(s) is var scrubbed && scrubbed != s)
                        array[i] = scrubbed;
                    else if (array[i] is { } item) Mask(item);
                break;
        }
    }

    private static string Snake(string name)
    {
        var b = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_') b.Append('_');
            b.Append(char.ToLowerInvariant(c));
        }
        return b.ToString();
    }
}
