using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Engine.Forms;

/// <summary>The one JSON format of definitions and answers: camelCase names, snake_case enum values, nulls omitted.</summary>
public static class FormJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize(FormDefinition form, bool indented = false) =>
        JsonSerializer.Serialize(form, indented ? Indented : Options);

    /// <summary>Reads a definition; a malformed document names the JSON path that failed.</summary>
    /// <exception cref="FormatException">The JSON is not a valid definition.</exception>
    public static FormDefinition Deserialize(string json, string sourceName = "definition")
    {
        try
        {
            return JsonSerializer.Deserialize<FormDefinition>(json, Options)
                ?? throw new FormatException($"{sourceName}: the document is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{sourceName}: {ex.Message}", ex);
        }
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Russian texts stay readable in stored JSON and templates.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
