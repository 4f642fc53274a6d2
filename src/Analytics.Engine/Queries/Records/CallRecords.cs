using Dapper;

namespace Analytics.Engine.Queries.Records;

/// <summary>
/// Call-centre intervals and single calls behind a number (an ACD gives one or the other; the engine counts both).
/// A call criterion's n is calls offered, so the view sums the offered column (a single call offers one).
/// </summary>
public sealed class CallRecords : IRecordSource
{
    public string Kind => "calls";
    public FilterFields Applies => FilterFields.Period | FilterFields.Branch | FilterFields.Office;
    public IReadOnlyList<string> Keys { get; } = ["criterion"];

    public RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var measure = RecordTerms.Measure(keys, context, Kind, "calls.");
        var terms = RecordTerms.Shared(filter, args, "c.started_at", "c.center_code", "o");
        // A mean over the calls that carry the time (45 s search, 5 min post-processing): only those calls are its n.
        if (measure == "calls.meanSearch") terms.Add("c.search_seconds IS NOT NULL");
        if (measure == "calls.meanAfterCall") terms.Add("c.after_call_seconds IS NOT NULL");
        // The rows the indicators count, each with the export's answered-in-norm and the count re-timed to the norm
        // (bounded by the period too, so DuckDB prunes; the shared terms still decide).
        var calls = $"({Analytics.Engine.Compliance.CallsAtNorm.Sql(filter.From, filter.To?.AddDays(1), context.CallAnswerSeconds)})";
        return new RecordSql($"FROM {calls} c LEFT JOIN org_unit o ON o.code = c.center_code WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Records.Center", "c.center_code"), new("Records.IntervalStart", "c.started_at"), new("Records.Minutes", "c.interval_minutes"),
            new("Records.RoutedUnit", "c.routed_unit", Codes: Analytics.Engine.Vocabulary.Vocab.CallUnit), new("Records.Offered", "c.offered"), new("Records.AnsweredCalls", "c.answered"),
            new("Records.Abandoned", "c.abandoned"), new("Records.InNorm", "c.exported_in_norm"), new("Records.InNormRetimed", "c.in_norm"),
            new("Records.Call", "c.call_id"), new("Records.WaitSeconds", "c.wait_seconds"),
            new("Records.SearchSeconds", "c.search_seconds"), new("Records.AfterCallSeconds", "c.after_call_seconds"),
        ], "c.started_at DESC, c.center_code, c.routed_unit, c.call_id", SumColumn: "c.offered");
    }
}
