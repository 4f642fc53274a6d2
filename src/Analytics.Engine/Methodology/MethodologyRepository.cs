using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Methodology;

/// <summary>
/// Methodology versions in the store. A stored version is immutable: saving the same id and version with
/// different content is refused, so every result's (id, version) always means one set of rules.
/// </summary>
public sealed class MethodologyRepository(AnalyticsStore store)
{
    /// <summary>Id of the methodology used when a query names none.</summary>
    public const string DefaultId = "standard";

    /// <summary>The methodologies shipped with the engine (copies of <c>data/methodology/*.json</c>).</summary>
    public static IReadOnlyList<MethodologyDocument> Defaults { get; } = LoadDefaults();

    /// <summary>Stores the shipped defaults that are not in the store yet; returns how many were added.</summary>
    public int EnsureDefaults() => Defaults.Count(doc => Save(doc, "system"));

    /// <summary>Stores a new version; returns false when the identical version is already stored.</summary>
    /// <exception cref="MethodologyException">The id and version exist with other content.</exception>
    public bool Save(MethodologyDocument doc, string? createdBy = null)
    {
        MethodologyJson.Validate(doc, $"{doc.Id} v{doc.Version}");
        var hash = MethodologyJson.Hash(doc);
        using var connection = store.Open();
        using var tx = connection.BeginTransaction();
        var existing = connection.ExecuteScalar<string?>(
            "SELECT sha256 FROM methodology WHERE id = $id AND version = $v", new { id = doc.Id, v = doc.Version }, tx);
        if (existing == hash) return false;
        if (existing is not null)
            throw new MethodologyException($"Methodology {doc.Id} v{doc.Version} already exists with other content; save a new version.");
        connection.Execute("""
            INSERT INTO methodology (id, version, mode, name_ru, name_en, based_on, json, sha256, created_by)
            VALUES ($id, $version, $mode, $ru, $en, $basedOn, $json, $hash, $by)
            """, new
        {
            id = doc.Id, version = doc.Version, mode = doc.Mode.ToString().ToLowerInvariant(), ru = doc.NameRu,
            en = doc.NameEn, basedOn = doc.BasedOn, json = MethodologyJson.Serialize(doc), hash, by = createdBy,
        }, tx);
        // The content is immutable in the methodology table; the trail names it by hash and what it was copied from.
        Audit.AuditTrail.Append(connection, tx, createdBy, doc.BasedOn is null ? "save" : "copy", Audit.AuditKinds.Methodology,
            $"{doc.Id} v{doc.Version}", null, new { id = doc.Id, version = doc.Version, mode = doc.Mode.ToString().ToLowerInvariant(), basedOn = doc.BasedOn, sha256 = hash });
        tx.Commit();
        return true;
    }

    /// <summary>The given version, or the newest version of <paramref name="id"/>; null when absent.</summary>
    public MethodologyDocument? Find(string id, int? version = null)
    {
        using var connection = store.Open();
        var json = connection.ExecuteScalar<string?>(
            "SELECT json FROM methodology WHERE id = $id AND ($v IS NULL OR version = $v) ORDER BY version DESC LIMIT 1",
            new { id, v = version });
        return json is null ? null : MethodologyJson.Parse(json, $"store methodology {id}");
    }

    /// <summary>Like <see cref="Find"/>, loading the defaults first; throws when still absent.</summary>
    public MethodologyDocument Get(string? id = null, int? version = null)
    {
        id ??= DefaultId;
        var found = Find(id, version);
        if (found is null && Defaults.Any(d => d.Id == id)) { EnsureDefaults(); found = Find(id, version); }
        return found ?? throw new MethodologyException($"Methodology '{id}'{(version is null ? "" : $" v{version}")} is not in the store.");
    }

    /// <summary>The shipped defaults and every stored version, parsed.</summary>
    public IReadOnlyList<MethodologyDocument> All()
    {
        using var connection = store.Open();
        var stored = connection.Query<(string Id, string Json)>("SELECT id, json FROM methodology ORDER BY id, version")
            .Select(r => MethodologyJson.Parse(r.Json, $"store methodology {r.Id}"));
        return [.. Defaults, .. stored];
    }

    /// <summary>Every criterion id a form item may name (see <see cref="CriterionCatalog"/>).</summary>
    public IReadOnlySet<string> KnownCriteria() => CriterionCatalog.Ids(All());

    /// <summary>Every stored (id, version, mode, name, based_on).</summary>
    public IReadOnlyList<(string Id, int Version, string Mode, string NameEn, string? BasedOn)> List()
    {
        using var connection = store.Open();
        return connection.Query<(string, int, string, string, string?)>(
            "SELECT id, version, mode, name_en, based_on FROM methodology ORDER BY id, version").ToList();
    }

    /// <summary>
    /// Copies a methodology under <paramref name="newId"/> (next free version) and applies <paramref name="change"/>
    /// — e.g. other norms, weights, directions, tolerance or rounding. The copy records what it is based on.
    /// </summary>
    public MethodologyDocument Copy(string sourceId, string newId, Func<MethodologyDocument, MethodologyDocument> change, string? createdBy = null)
    {
        var source = Get(sourceId);
        using (var connection = store.Open())
        {
            var next = (connection.ExecuteScalar<int?>("SELECT max(version) FROM methodology WHERE id = $id", new { id = newId }) ?? 0) + 1;
            var copy = change(source) with { Id = newId, Version = next, BasedOn = $"{source.Id}@{source.Version}" };
            Save(copy, createdBy);
            return copy;
        }
    }

    private static List<MethodologyDocument> LoadDefaults()
    {
        var assembly = typeof(MethodologyRepository).Assembly;
        const string prefix = "Analytics.Engine.Methodology.Defaults.";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return MethodologyJson.Parse(reader.ReadToEnd(), $"data/methodology/{n[prefix.Length..]}");
            })];
    }
}
