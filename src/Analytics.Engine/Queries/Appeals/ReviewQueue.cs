using Analytics.Engine.Classification.Registry;
using Analytics.Engine.Store;
using Analytics.Engine.Access;
using Analytics.Engine.Queries.Records;
using Dapper;

namespace Analytics.Engine.Queries.Appeals;

/// <summary>A classification the model was unsure of, with the appeal's text for a person to judge.</summary>
public sealed record ReviewItem(string RegisterNo, string Task, string Label, double Confidence, string OfficeCode, DateTime ReceivedAt, string? Text);

/// <summary>
/// The review queue: classifications flagged <c>needs_review</c> (confidence under the threshold), lowest
/// confidence first, cut by the shared filter. A correction goes to the engine's label store (<c>appeal_label</c>),
/// which clears the flag and feeds the next training run.
/// </summary>
public sealed class ReviewQueue(AnalyticsStore store)
{
    /// <summary>Rows on one page of the queue (D18: the whole queue at once made a page 33 784 px tall).</summary>
    public const int PageSize = 50;

    /// <summary>The queue's size and one page of it (<paramref name="offset"/> rows skipped).</summary>
    public (long Total, IReadOnlyList<ReviewItem> Items) Load(QueryFilter filter, BranchScope scope, int offset = 0, int limit = PageSize)
    {
        filter = filter.Within(scope);
        var args = new DynamicParameters();
        var terms = RecordTerms.Shared(filter, args, "a.received_at", "a.office_code", "o");
        if (filter.Channel is { } channel) { terms.Add("a.channel = $channel"); args.Add("channel", channel); }
        if (filter.ConsumerType is { } consumer) { terms.Add("a.consumer_type = $consumer"); args.Add("consumer", consumer); }
        var from = $"""
            FROM appeal_classification c JOIN appeal a ON a.register_no = c.register_no LEFT JOIN org_unit o ON o.code = a.office_code
            WHERE c.needs_review AND {string.Join(" AND ", terms)}
            """;
        using var connection = store.Open();
        var total = connection.ExecuteScalar<long>($"SELECT count(*) {from}", args);
        args.Add("limit", limit);
        args.Add("offset", Math.Max(0, offset));
        var items = connection.Query<ReviewItem>($"""
            SELECT c.register_no AS RegisterNo, c.task AS Task, c.label AS Label, c.confidence AS Confidence, a.office_code AS OfficeCode,
                   a.received_at AS ReceivedAt, a.text AS Text
            {from} ORDER BY c.confidence, c.register_no, c.task LIMIT $limit OFFSET $offset
            """, args).AsList();
        return (total, items);
    }

    /// <summary>Stores a person's label; throws <see cref="ArgumentException"/> for a label the task does not know.</summary>
    public void Correct(ReviewItem item, string label, BranchScope scope) =>
        new ClassificationStore(store).Correct(item.RegisterNo, item.Task, label, scope.UserName);
}
