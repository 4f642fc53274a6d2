using Analytics.Engine.Statistics;

namespace Analytics.Engine.Indicators;

/// <summary>A point of a unit's series of one criterion or indicator.</summary>
public sealed record SeriesPoint(DateOnly PeriodStart, string Period, double? Value, long N, double? Lower, double? Upper, bool Insufficient);

/// <summary>A series with its Mann–Kendall test and Sen's slope (null when fewer than <see cref="Trend.MinimumPeriods"/> valued periods).</summary>
public sealed record SeriesTrend(string UnitCode, string ItemId, IReadOnlyList<SeriesPoint> Points, MannKendallResult? MannKendall);

/// <summary>Time series of criteria and indicators from a result set, with their trend tests.</summary>
public static class IndicatorTrends
{
    /// <summary>
    /// The series of <paramref name="itemId"/> (criterion or indicator) for <paramref name="unitCode"/>, in period order;
    /// Mann–Kendall with Sen's slope runs over the periods that have a value (gaps are skipped, not filled).
    /// </summary>
    public static SeriesTrend Of(IndicatorResultSet set, string unitCode, string itemId)
    {
        var points = set.Rows.Where(r => r.UnitCode == unitCode).OrderBy(r => r.PeriodStart).Select(r =>
        {
            if (r.Indicators.FirstOrDefault(i => i.IndicatorId == itemId) is { } ind)
                return new SeriesPoint(r.PeriodStart, r.Period, ind.Value, ind.N, ind.Lower, ind.Upper, ind.Criteria.All(c => c.Insufficient));
            var c = r.Indicators.SelectMany(i => i.Criteria).FirstOrDefault(x => x.CriterionId == itemId)
                    ?? throw new ArgumentException($"'{itemId}' is neither an indicator nor a criterion of {set.MethodologyId}.", nameof(itemId));
            return new SeriesPoint(r.PeriodStart, r.Period, c.Value, c.N, c.Lower, c.Upper, c.Insufficient);
        }).ToList();
        var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        return new SeriesTrend(unitCode, itemId, points, values.Count >= Trend.MinimumPeriods ? Trend.MannKendall(values) : null);
    }
}
