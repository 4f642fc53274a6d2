using Analytics.Engine.Store.Ingest.Mapping;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>
/// The allowed codes of an enumerated field and the Russian/English spellings that mean each code.
/// Lookup is by <see cref="Names.Normalize"/>, so case, spaces and punctuation do not matter.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, string> _lookup = new(StringComparer.Ordinal);

    public Vocabulary(params (string Code, string[] Aliases)[] entries)
    {
        Entries = entries;
        foreach (var (code, aliases) in entries)
        {
            _lookup[Names.Normalize(code)] = code;
            foreach (var alias in aliases) _lookup[Names.Normalize(alias)] = code;
        }
    }

    public IReadOnlyList<(string Code, string[] Aliases)> Entries { get; }

    public IEnumerable<string> Codes => Entries.Select(e => e.Code);

    public bool TryResolve(string value, out string code) => _lookup.TryGetValue(Names.Normalize(value), out code!);
}
