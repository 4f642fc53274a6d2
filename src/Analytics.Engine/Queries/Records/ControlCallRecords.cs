using Dapper;

namespace Analytics.Engine.Queries.Records;

/// <summary>Control calls on complaints behind a number; the criterion keeps the calls with an answer (reached, satisfied or not).</summary>
public sealed class ControlCallRecords : IRecordSource
{
    public string Kind => "control-calls";
    public FilterFields Applies => FilterFields.All;
    public IReadOnlyList<string> Keys { get; } = ["criterion"];

    public RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var terms = RecordTerms.Shared(filter, args, "k.called_at", "a.office_code", "o");
        if (filter.Channel is { } channel) { terms.Add("a.channel = $channel"); args.Add("channel", channel); }
        if (filter.ConsumerType is { } consumer) { terms.Add("a.consumer_type = $consumer"); args.Add("consumer", consumer); }
        if (RecordTerms.Measure(keys, context, Kind, "controlCalls.") is not null) terms.Add("k.reached AND k.satisfied IS NOT NULL");
        return new RecordSql(
            $"FROM control_call k JOIN appeal a ON a.register_no = k.register_no LEFT JOIN org_unit o ON o.code = a.office_code WHERE {string.Join(" AND ", terms)}",
            args,
        [
            new("Appeals.RegisterNo", "k.register_no"), new("Filter.Office", "a.office_code"), new("Records.CalledAt", "k.called_at"),
            new("Records.Reached", "k.reached"), new("Records.Satisfied", "k.satisfied"), new("Records.Comment", "k.comment"),
            new("Appeals.Consumer", "a.consumer_name"),
        ], "k.called_at DESC, k.register_no");
    }
}
