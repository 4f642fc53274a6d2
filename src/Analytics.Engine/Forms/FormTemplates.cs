namespace Analytics.Engine.Forms;

/// <summary>
/// The built-in templates of F2 (office visit, phone call, stands, payment document, website, centre equipment,
/// call centre, client mailbox, client satisfaction), embedded from <c>data/templates/*.json</c>.
/// Every item cites the clause of the standard it checks in <see cref="FormItem.Source"/>.
/// </summary>
public static class FormTemplates
{
    private static readonly Lazy<IReadOnlyDictionary<string, FormDefinition>> Loaded = new(Load);

    /// <summary>All templates by code, in a stable order.</summary>
    public static IReadOnlyList<FormDefinition> All => [.. Loaded.Value.Values.OrderBy(t => t.Kind).ThenBy(t => t.Code, StringComparer.Ordinal)];

    /// <summary>The template with this code, or null.</summary>
    public static FormDefinition? Get(string code) => Loaded.Value.GetValueOrDefault(code);

    private static IReadOnlyDictionary<string, FormDefinition> Load()
    {
        var assembly = typeof(FormTemplates).Assembly;
        var result = new Dictionary<string, FormDefinition>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("templates/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var form = FormJson.Deserialize(reader.ReadToEnd(), name);
            result[form.Code] = form;
        }
        return result;
    }
}
