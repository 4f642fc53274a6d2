using Analytics.Engine.Methodology;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Indicators;

/// <summary>
/// Writes <c>indicator_result</c> for every level and granularity of the periods that contain the given months
/// (the months themselves, their quarters and years), replacing what was there. Each row records the methodology version.
/// </summary>
internal static class IndicatorResultWriter
{
    public static long Write(DuckDBConnection connection, MethodologyDocument m, IReadOnlyList<DateOnly> months)
    {
        var firstYear = months.Min().Year;
        var lastYear = months.Max().Year;
        var counts = IndicatorService.ReadCounts(connection, m, (new DateOnly(firstYear, 1, 1), new DateOnly(lastYear + 1, 1, 1))).ToList();
        var org = OrgTree.Load(connection);
        var plans = IndicatorService.ReadPlans(connection);
        var now = DateTime.UtcNow;
        long written = 0;
        using var tx = connection.BeginTransaction();
        foreach (var granularity in Enum.GetValues<Granularity>())
        {
            var periods = months.Select(x => Periods.Start(x, granularity)).ToHashSet();
            var list = string.Join(", ", periods.Select(x => $"DATE '{x:yyyy-MM-dd}'"));
            connection.Execute($"""
                DELETE FROM indicator_result WHERE methodology_id = $id AND methodology_version = $v
                  AND granularity = $g AND period_start IN ({list})
                """, new { id = m.Id, v = m.Version, g = Name(granularity) });
            var relevant = counts.Where(c => periods.Contains(Periods.Start(c.Month, granularity))).ToList();
            using var appender = connection.CreateAppender("indicator_result");
            foreach (var level in Enum.GetValues<OrgLevel>())
                foreach (var row in IndicatorRollup.Compute(m, org, relevant, plans, level, granularity))
                    foreach (var indicator in row.Indicators)
                    {
                        Append(appender, m, row, "indicator", indicator.IndicatorId, indicator.Value, indicator.N, indicator.Lower,
                            indicator.Upper, indicator.Coverage, indicator.Value, indicator.N < m.MinimumN, now);
                        written++;
                        foreach (var c in indicator.Criteria)
                        {
                            Append(appender, m, row, "criterion", c.CriterionId, c.Value, c.N, c.Lower, c.Upper, c.Coverage, c.Score, c.Insufficient, now);
                            written++;
                        }
                    }
        }
        tx.Commit();
        return written;
    }

    private static void Append(DuckDBAppender appender, MethodologyDocument m, UnitPeriodResult row, string kind, string id,
        double? value, long n, double? lower, double? upper, double coverage, double? score, bool insufficient, DateTime now) =>
        appender.CreateRow()
            .AppendValue(m.Id).AppendValue(m.Version).AppendValue(Name(row.Level)).AppendValue(row.UnitCode)
            .AppendValue(Name(row.Granularity)).AppendValue(row.PeriodStart).AppendValue(kind).AppendValue(id)
            .AppendValue(value).AppendValue(n).AppendValue(lower).AppendValue(upper).AppendValue((double?)coverage)
            .AppendValue(score).AppendValue(insufficient).AppendValue(now).EndRow();

    private static string Name<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
