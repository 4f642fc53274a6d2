using Analytics.Engine.Methodology;
using Analytics.Engine.Store;

namespace Analytics.Engine.Indicators;

/// <summary>An entry of the catalog: a criterion with its indicator, names, unit, direction, weight and clause.</summary>
public sealed record CatalogCriterion(string Id, string Indicator, string NameRu, string NameEn, string Measure, string Unit,
    Direction Direction, double? Norm, double Weight, string Source, string? Code);

/// <summary>
/// The one list of indicators and criteria of a methodology version, so pages, the PDF Declaration and notebooks
/// enumerate the same set in the same order with the same names and cited clauses.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, CatalogCriterion> _criteria;

    private IndicatorCatalog(MethodologyDocument m)
    {
        MethodologyId = m.Id;
        MethodologyVersion = m.Version;
        Mode = m.Mode;
        Indicators = m.Indicators;
        Criteria = [.. m.Criteria.Select(c => new CatalogCriterion(c.Id, c.Indicator, c.NameRu, c.NameEn, c.Measure, c.Unit,
            c.Direction, c.Norm, c.Weight, c.Source, c.Code))];
        _criteria = Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public string MethodologyId { get; }
    public int MethodologyVersion { get; }
    public MethodologyMode Mode { get; }
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }
    public IReadOnlyList<CatalogCriterion> Criteria { get; }

    /// <summary>The catalog of the shipped Standard-mode methodology.</summary>
    public static IndicatorCatalog Default { get; } = new(MethodologyRepository.Defaults.First(d => d.Id == MethodologyRepository.DefaultId));

    public static IndicatorCatalog From(MethodologyDocument methodology) => new(methodology);

    /// <summary>The catalog of a stored methodology version (newest when <paramref name="version"/> is null).</summary>
    public static IndicatorCatalog For(string? methodologyId, int? version, AnalyticsStore store) =>
        new(new MethodologyRepository(store).Get(methodologyId, version));

    public CatalogCriterion Criterion(string id) =>
        _criteria.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException($"Criterion '{id}' is not in {MethodologyId} v{MethodologyVersion}.");

    /// <summary>Criteria of one indicator, in methodology order.</summary>
    public IEnumerable<CatalogCriterion> CriteriaOf(string indicatorId) => Criteria.Where(c => c.Indicator == indicatorId);
}
