using Dapper;
using Dashboard.Filters;

namespace Dashboard.Records;

/// <summary>
/// Call-centre intervals behind a number. A call criterion's n is calls offered, so the view sums the offered column
/// rather than counting intervals.
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
        return new RecordSql($"FROM call_interval c LEFT JOIN org_unit o ON o.code = c.center_code WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Records.Center", "c.center_code"), new("Records.IntervalStart", "c.interval_start"), new("Records.Minutes", "c.interval_minutes"),
            new("Records.RoutedUnit", "c.routed_unit"), new("Records.Offered", "c.offered"), new("Records.AnsweredCalls", "c.answered"),
            new("Records.Abandoned", "c.abandoned"), new("Records.InNorm", "c.answered_in_norm"),
        ], "c.interval_start DESC, c.center_code, c.routed_unit", SumColumn: "c.offered");
    }
}
