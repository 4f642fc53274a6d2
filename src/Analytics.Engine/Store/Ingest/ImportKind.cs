namespace Analytics.Engine.Store.Ingest;

/// <summary>What a file holds; each kind has one row schema (see <c>data/formats/&lt;kind&gt;.md</c>).</summary>
public enum ImportKind
{
    Org,
    Appeals,
    Queue,
    Calls,
    ControlCalls,
    Plans,
    Responses,
}

/// <summary>Command-line names of <see cref="ImportKind"/> (<c>control-calls</c> and so on).</summary>
public static class ImportKinds
{
    private static readonly Dictionary<string, ImportKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["org"] = ImportKind.Org,
        ["appeals"] = ImportKind.Appeals,
        ["queue"] = ImportKind.Queue,
        ["calls"] = ImportKind.Calls,
        ["control-calls"] = ImportKind.ControlCalls,
        ["plans"] = ImportKind.Plans,
        ["responses"] = ImportKind.Responses,
    };

    /// <summary>Every name, in the order of the product's CLI contract.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out ImportKind kind) => ByName.TryGetValue(name, out kind);

    public static string Name(this ImportKind kind) => ByName.First(p => p.Value == kind).Key;
}
