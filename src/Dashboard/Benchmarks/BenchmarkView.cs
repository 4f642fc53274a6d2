using Analytics.Engine.Benchmarks;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Benchmarks;

/// <summary>A year's ranking on one indicator or criterion and the unit × criterion matrix for the heatmap.</summary>
public sealed record BenchmarkData(IReadOnlyList<string> Items, string? Item, IReadOnlyList<RankedUnit> Ranking,
    IReadOnlyList<string> Units, IReadOnlyList<string> Criteria, double?[][] Matrix);

/// <summary>
/// Benchmark of branches or offices for a year (the engine's <see cref="BenchmarkService.Rank"/>: value with interval,
/// rank, difference from the median, Benjamini–Hochberg significance). A branch manager compares their own offices.
/// </summary>
public sealed class BenchmarkView(IndicatorService indicators, OrgQuery org)
{
    public const string Ranking = "ranking";

    public BenchmarkData Load(int year, OrgLevel level, string? item, UserScope scope)
    {
        if (scope.BranchCode is not null) level = OrgLevel.Office;
        if (level == OrgLevel.Company) level = OrgLevel.Branch;
        var period = new DateOnly(year, 1, 1);
        var set = indicators.Compute(new IndicatorQuery { From = period, To = new DateOnly(year, 12, 1), Level = level, Granularity = Granularity.Year });
        if (scope.BranchCode is { } branch)
        {
            var offices = org.Offices(branch).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
            set = set with { Rows = [.. set.Rows.Where(r => offices.Contains(r.UnitCode))] };
        }
        var criteria = set.Rows.SelectMany(r => r.Indicators.SelectMany(i => i.Criteria)).GroupBy(c => c.CriterionId).Select(g => g.First()).ToList();
        var items = set.Rows.SelectMany(r => r.Indicators.Select(i => i.IndicatorId)).Distinct().Concat(criteria.Select(c => c.CriterionId)).ToList();
        var chosen = item is not null && items.Contains(item) ? item : items.FirstOrDefault();
        var lowerIsBetter = criteria.FirstOrDefault(c => c.CriterionId == chosen)?.Dependency == Direction.Lower;
        var ranking = chosen is null ? [] : BenchmarkService.Rank(set, period, chosen, lowerIsBetter);
        var units = set.Rows.Select(r => r.UnitName).ToList();
        var matrix = set.Rows.Select(r => criteria.Select(c =>
            r.Indicators.SelectMany(i => i.Criteria).FirstOrDefault(x => x.CriterionId == c.CriterionId)?.Score).ToArray()).ToArray();
        return new BenchmarkData(items, chosen, ranking, units, [.. criteria.Select(c => c.CriterionId)], matrix);
    }

    public static TableView Table(BenchmarkData data, Ui t) => new(Ranking,
        [t["Benchmark.Rank"], t["Indicators.Unit"], t["Indicators.Value"], t["Indicators.Lower"], t["Indicators.Upper"], "n",
         t["Benchmark.FromMedian"], t["Benchmark.Significant"]],
        [.. data.Ranking.Select(r => new object?[]
        {
            r.Rank, r.UnitName, Round(r.Value), Round(r.Lower), Round(r.Upper), r.N, Round(r.DifferenceFromMedian),
            r.Insufficient ? t["Indicators.Insufficient"] : r.Significant ? t["Benchmark.Yes"] : "",
        })]);

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
