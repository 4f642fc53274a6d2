using Dapper;

namespace Analytics.Engine.Queries.Records;

/// <summary>Queue tickets behind a number; a queue criterion keeps the tickets its n counts (called, received, finished).</summary>
public sealed class QueueRecords : IRecordSource
{
    public string Kind => "queue";
    public FilterFields Applies => FilterFields.Period | FilterFields.Branch | FilterFields.Office;
    public IReadOnlyList<string> Keys { get; } = ["criterion"];

    public RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var terms = RecordTerms.Shared(filter, args, "q.issued_at", "q.office_code", "o");
        switch (RecordTerms.Measure(keys, context, Kind, "queue."))
        {
            case "queue.waitWithinNorm" or "queue.meanWait": terms.Add("q.called_at IS NOT NULL"); break;
            case "queue.receptionWithinNorm" or "queue.meanReception": terms.Add("q.called_at IS NOT NULL AND q.finished_at IS NOT NULL"); break;
            case "queue.totalWithinNorm": terms.Add("q.finished_at IS NOT NULL"); break;
        }
        // The one queue definition (QueueAtNorm) joined for its times, so a row shows what the indicator counted.
        var timed = $"({Compliance.QueueAtNorm.Sql(filter.From, filter.To?.AddDays(1), context.Norms)})";
        return new RecordSql($"FROM queue_visit q JOIN {timed} t ON t.office_code = q.office_code AND t.ticket = q.ticket AND t.issued_at = q.issued_at LEFT JOIN org_unit o ON o.code = q.office_code WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Filter.Office", "q.office_code"), new("Records.Ticket", "q.ticket"), new("Records.Service", "q.service", Codes: Analytics.Engine.Vocabulary.Vocab.QueueService),
            new("Records.Issued", "q.issued_at"), new("Records.Called", "q.called_at"), new("Records.Finished", "q.finished_at"),
            new("Records.WaitMinutes", "round(t.wait_seconds / 60.0, 1)"),
            new("Records.ReceptionMinutes", "round(t.reception_seconds / 60.0, 1)"),
            new("Records.Window", "q.window_no"), new("Records.Operator", "q.operator"),
        ], "q.issued_at DESC, q.office_code, q.ticket");
    }
}
