using Analytics.Engine.Indicators;
using Analytics.Engine.Statistics;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Benchmarks;

/// <summary>One unit's place in a ranking: value with interval, rank (1 = best; null when insufficient data),
/// difference from the company median and its significance (score test of the unit's proportion against the median,
/// Benjamini–Hochberg adjusted over the units ranked).</summary>
public sealed record RankedUnit(string UnitCode, string UnitName, double? Value, long N, double? Lower, double? Upper,
    int? Rank, bool Insufficient, double? DifferenceFromMedian, double? PValue, double? AdjustedPValue, bool Significant);

/// <summary>A published peer figure with its source (table <c>benchmark_peer</c>).</summary>
public sealed record PeerFigure(string Source, string Peer, int Year, string Target, string Kind, double Value, string? Note, bool IsExample);

/// <summary>Ranks offices and branches per criterion or indicator; loads external peer figures as data.</summary>
public sealed class BenchmarkService(AnalyticsStore store)
{
    /// <summary>
    /// Ranks the units of <paramref name="set"/> in the period starting <paramref name="period"/> on <paramref name="itemId"/>
    /// (a criterion or indicator id). Direction decides the order; units below the minimum n are listed unranked.
    /// Significance: a proportion criterion by the score test against the median; an indicator or index by its interval.
    /// </summary>
    public static IReadOnlyList<RankedUnit> Rank(IndicatorResultSet set, DateOnly period, string itemId, bool lowerIsBetter = false, double alpha = 0.05)
    {
        var rows = set.Rows.Where(r => r.PeriodStart == period).Select(r =>
        {
            var indicator = r.Indicators.FirstOrDefault(i => i.IndicatorId == itemId);
            if (indicator is not null)
                return (r.UnitCode, r.UnitName, indicator.Value, indicator.N, indicator.Lower, indicator.Upper, Insufficient: indicator.Criteria.All(c => c.Insufficient), Proportion: false);
            var c = r.Indicators.SelectMany(i => i.Criteria).First(x => x.CriterionId == itemId);
            return (r.UnitCode, r.UnitName, c.Value, c.N, c.Lower, c.Upper, c.Insufficient, Proportion: c.Value is null or (>= 0 and <= 100));
        }).ToList();
        var ranked = rows.Where(r => !r.Insufficient && r.Value is not null)
            .OrderBy(r => lowerIsBetter ? r.Value : -r.Value).ToList();
        var values = ranked.Select(r => r.Value!.Value).Order().ToList();
        double? median = values.Count == 0 ? null : values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
        var scale = ranked.Any(r => r.Value > 1) ? 100.0 : 1.0;
        // Score test of each unit's proportion against the company median (H0: p = median), normal approximation.
        // An indicator (a weighted score) or an index has no binomial n: its 95 % interval gives the standard error
        // instead, z = (value − median) / ((upper − lower) / (2·1.96)) — conservative, as the indicator's interval is
        // the envelope of its criteria's intervals.
        var p = ranked.Select(r =>
        {
            if (median is not { } m0) return double.NaN;
            if (!r.Proportion)
            {
                if (r.Lower is not { } lo || r.Upper is not { } hi || hi <= lo) return double.NaN;
                return Distributions.NormalTwoSidedP((r.Value!.Value - m0) / ((hi - lo) / (2 * 1.959964)));
            }
            var p0 = m0 / scale;
            if (p0 is <= 0 or >= 1 || r.N <= 0) return double.NaN;
            var z = (r.Value!.Value / scale - p0) / Math.Sqrt(p0 * (1 - p0) / r.N);
            return Distributions.NormalTwoSidedP(z);
        }).ToList();
        var testable = p.Select((x, i) => (x, i)).Where(t => !double.IsNaN(t.x)).ToList();
        var adjusted = MultipleTesting.BenjaminiHochberg(testable.Select(t => t.x).ToList());
        var adjustedByIndex = testable.Select((t, k) => (t.i, adjusted[k])).ToDictionary(t => t.i, t => t.Item2);
        var result = ranked.Select((r, i) => new RankedUnit(r.UnitCode, r.UnitName, r.Value, r.N, r.Lower, r.Upper, i + 1, false,
            r.Value - median, double.IsNaN(p[i]) ? null : p[i], adjustedByIndex.TryGetValue(i, out var a) ? a : null,
            adjustedByIndex.TryGetValue(i, out var b) && b < alpha)).ToList();
        result.AddRange(rows.Where(r => r.Insufficient || r.Value is null).Select(r =>
            new RankedUnit(r.UnitCode, r.UnitName, r.Value, r.N, r.Lower, r.Upper, null, true, r.Value - median, null, null, false)));
        return result;
    }

    /// <summary>Loads a peer-benchmark JSON file (format in <c>data/benchmarks/README.md</c>) into <c>benchmark_peer</c>; returns rows stored.</summary>
    public int LoadPeers(string json, string origin)
    {
        var file = System.Text.Json.JsonSerializer.Deserialize<PeerFile>(json, Methodology.MethodologyJson.Options)
                   ?? throw new InvalidDataException($"{origin}: empty file.");
        using var connection = store.Open();
        var stored = 0;
        foreach (var (f, i) in file.Figures.Select((f, i) => (f, i)))
        {
            if (string.IsNullOrWhiteSpace(f.Source ?? file.Source)) throw new InvalidDataException($"{origin}: figures[{i}].source: every peer figure names its source.");
            stored += connection.Execute("""
                INSERT OR REPLACE INTO benchmark_peer VALUES ($source, $peer, $year, $target, $kind, $value, $note, $example)
                """, new { source = f.Source ?? file.Source, f.Peer, f.Year, f.Target, f.Kind, f.Value, f.Note, example = file.IsExample });
        }
        return stored;
    }

    /// <summary>The peer figures loaded for a target.</summary>
    public IReadOnlyList<PeerFigure> Peers(string? target = null)
    {
        using var connection = store.Open();
        return connection.Query<(string, string, int, string, string, double, string?, bool)>(
            "SELECT * FROM benchmark_peer WHERE $t IS NULL OR target = $t ORDER BY target, year, peer", new { t = target })
            .Select(r => new PeerFigure(r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6, r.Item7, r.Item8)).ToList();
    }

    private sealed record PeerFile(string? Source, bool IsExample, IReadOnlyList<PeerRow> Figures);

    private sealed record PeerRow(string? Source, string Peer, int Year, string Target, string Kind, double Value, string? Note);
}
