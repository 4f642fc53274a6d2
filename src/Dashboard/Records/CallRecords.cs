using Dapper;
using Dashboard.Filters;

namespace Dashboard.Records;

/// <summary>
/// Call-centre intervals and single calls behind a number (an ACD gives one or the other; the engine counts both).
/// A call criterion's n is calls offered, so the view sums the offered column (a single call offers one).
/// </summary>
public sealed class CallRecords : IRecordSource
{
    public string Kind => "calls";
    public FilterFields Applies => FilterFields.Period | FilterFields.Branch | FilterFields.Office;
    public IReadOnlyList<string> Keys { get; } = ["criterion"];

    public RecordSql Build(DashboardFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        RecordTerms.Measure(keys, context, Kind, "calls.");
        var terms = RecordTerms.Shared(filter, args, "c.interval_start", "c.center_code", "o");
        const string calls = """
            (SELECT center_code, interval_start, interval_minutes, routed_unit, offered, answered, abandoned, answered_in_norm,
                    NULL::VARCHAR AS call_id, NULL::DOUBLE AS wait_seconds
             FROM call_interval
             UNION ALL
             SELECT center_code, started_at, NULL, coalesce(routed_unit, ''), 1, CASE WHEN answered THEN 1 ELSE 0 END,
                    CASE WHEN NOT answered THEN 1 ELSE 0 END, NULL, call_id, wait_seconds
             FROM call_record)
            """;
        return new RecordSql($"FROM {calls} c LEFT JOIN org_unit o ON o.code = c.center_code WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Records.Center", "c.center_code"), new("Records.IntervalStart", "c.interval_start"), new("Records.Minutes", "c.interval_minutes"),
            new("Records.RoutedUnit", "c.routed_unit"), new("Records.Offered", "c.offered"), new("Records.AnsweredCalls", "c.answered"),
            new("Records.Abandoned", "c.abandoned"), new("Records.InNorm", "c.answered_in_norm"),
            new("Records.Call", "c.call_id"), new("Records.WaitSeconds", "c.wait_seconds"),
        ], "c.interval_start DESC, c.center_code, c.routed_unit, c.call_id", SumColumn: "c.offered");
    }
}
