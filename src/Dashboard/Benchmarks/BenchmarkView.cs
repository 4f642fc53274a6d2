using Analytics.Engine.Benchmarks;
using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;
using Analytics.Engine.Vocabulary;
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
public sealed class BenchmarkView(IndicatorService indicators, OrgQuery org, OrgDirectory directory)
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
        // Offices are named with city and code: five of them are "Центральный клиентский офис".
        var names = directory.DisplayNames();
        set = set with { Rows = [.. set.Rows.Select(r => r.Level == OrgLevel.Office && names.TryGetValue(r.UnitCode, out var n) ? r with { UnitName = n } : r)] };
        var criteria = set.Rows.SelectMany(r => r.Indicators.SelectMany(i => i.Criteria)).GroupBy(c => c.CriterionId).Select(g => g.First()).ToList();
        var items = set.Rows.SelectMany(r => r.Indicators.Select(i => i.IndicatorId)).Distinct().Concat(criteria.Select(c => c.CriterionId)).ToList();
        var chosen = item is not null && items.Contains(item) ? item : items.FirstOrDefault();
        var lowerIsBetter = criteria.FirstOrDefault(c => c.CriterionId == chosen)?.Dependency == Direction.Lower;
        var ranking = chosen is null ? [] : BenchmarkService.Rank(set, period, chosen, lowerIsBetter);
        // The heatmap lists units in ranking order and leaves out criteria no unit has a score for (they were white gaps).
        var order = ranking.Select((r, i) => (r.UnitCode, i)).ToDictionary(x => x.UnitCode, x => x.i, StringComparer.Ordinal);
        var rows = set.Rows.OrderBy(r => order.TryGetValue(r.UnitCode, out var i) ? i : int.MaxValue).ToList();
        double? ScoreOf(UnitPeriodResult r, string id) => r.Indicators.SelectMany(i => i.Criteria).FirstOrDefault(x => x.CriterionId == id)?.Score;
        var scored = criteria.Where(c => rows.Any(r => ScoreOf(r, c.CriterionId) is not null)).ToList();
        var matrix = rows.Select(r => scored.Select(c => ScoreOf(r, c.CriterionId)).ToArray()).ToArray();
        return new BenchmarkData(items, chosen, ranking, [.. rows.Select(r => r.UnitName)], [.. scored.Select(c => c.CriterionId)], matrix);
    }

    /// <summary>
    /// The ranking as people read it: "89,7 %", interval "85,2–92,9 %", the difference from the median in п.п. and
    /// whether it is significant (Benjamini–Hochberg over the units ranked), with its direction. A criterion measured
    /// as an index (NPS) or a count is shown in its own unit.
    /// </summary>
    public static TableView Table(BenchmarkData data, Ui t)
    {
        var unit = data.Item is { } item && !Labels.Knows(Vocab.Indicator, item) ? Labels.UnitOf(item) : "share";
        return new(Ranking,
            [t["Benchmark.Rank"], t["Indicators.Unit"], t["Indicators.Value"], t["Benchmark.Interval"], "n",
             t["Benchmark.FromMedian"], t["Benchmark.Significant"]],
            [.. data.Ranking.Select(r => new object?[]
            {
                r.Rank, r.UnitName, new Cell(Round(r.Value), Numbers.Value(r.Value, unit)),
                new Cell(Round(r.Lower), unit == "share" ? Numbers.Interval(r.Lower, r.Upper) : $"{Numbers.Value(r.Lower, unit)} – {Numbers.Value(r.Upper, unit)}"),
                r.N,
                new Cell(Round(r.DifferenceFromMedian), unit == "share" ? Numbers.Points(r.DifferenceFromMedian) : Numbers.Decimal(r.DifferenceFromMedian)),
                new Cell(r.AdjustedPValue is { } q ? Math.Round(q, 4) : null, Significance(r, t)),
            })]);
    }

    /// <summary>"выше медианы (p = 0,003)", "ниже медианы (p = 0,001)", "нет" or "мало данных".</summary>
    public static string Significance(RankedUnit r, Ui t) =>
        r.Insufficient ? t["Indicators.Insufficient"]
        : !r.Significant || r.AdjustedPValue is not { } q ? t["Benchmark.No"]
        : string.Format(t[r.DifferenceFromMedian > 0 ? "Benchmark.Above" : "Benchmark.Below"], Numbers.Decimal(q, 3));

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
