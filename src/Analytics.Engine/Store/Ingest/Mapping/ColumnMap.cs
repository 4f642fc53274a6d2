using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Engine.Store.Ingest.Mapping;

/// <summary>
/// A user mapping for an export the default aliases do not know (<c>--map MAP.json</c>):
/// <c>{"columns": {"Header": "field" | null}, "values": {"field": {"Their value": "our code"}}}</c>.
/// A header mapped to <c>null</c> is ignored without a warning. See <c>data/formats/README.md</c>.
/// </summary>
public sealed class ColumnMap
{
    [JsonPropertyName("columns")]
    public Dictionary<string, string?> Columns { get; init; } = [];

    [JsonPropertyName("values")]
    public Dictionary<string, Dictionary<string, string>> Values { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a mapping file; a malformed one is refused with the file named.</summary>
    public static ColumnMap Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ColumnMap>(stream, Options)
                ?? throw new ImportRefusedException($"Mapping file '{path}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new ImportRefusedException($"Mapping file '{path}' is not valid JSON: {ex.Message}", ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new ImportRefusedException($"Mapping file '{path}' does not exist.", ex);
        }
    }

    /// <summary>The user's value map for <paramref name="field"/>, keyed by normalised value.</summary>
    internal Dictionary<string, string>? ValuesFor(string field)
    {
        var entry = Values.FirstOrDefault(p => p.Key.Equals(field, StringComparison.OrdinalIgnoreCase));
        return entry.Value?.ToDictionary(p => Names.Normalize(p.Key), p => p.Value);
    }
}
