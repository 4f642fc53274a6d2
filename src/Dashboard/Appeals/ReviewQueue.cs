using Analytics.Engine.Classification.Registry;
using Analytics.Engine.Store;
using Dapper;
using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Records;

namespace Dashboard.Appeals;

/// <summary>A classification the model was unsure of, with the appeal's text for a person to judge.</summary>
public sealed record ReviewItem(string RegisterNo, string Task, string Label, double Confidence, string OfficeCode, DateTime ReceivedAt, string? Text);

/// <summary>
/// The review queue: classifications flagged <c>needs_review</c> (confidence under the threshold), lowest
/// confidence first, cut by the shared filter. A correction goes to the engine's label store (<c>appeal_label</c>),
/// which clears the flag and feeds the next training run.
/// </summary>
public sealed class ReviewQueue(AnalyticsStore store)
{
    /// <summary>Rows shown at once; the rest wait for the next page load.</summary>
    public const int Limit = 200;

    public (long Total, IReadOnlyList<ReviewItem> Items) Load(DashboardFilter filter, UserScope scope)
    {
        filter = filter.For(scope);
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
        args.Add("limit", Limit);
        var items = connection.Query<ReviewItem>($"""
            SELECT c.register_no AS RegisterNo, c.task AS Task, c.label AS Label, c.confidence AS Confidence, a.office_code AS OfficeCode,
                   a.received_at AS ReceivedAt, a.text AS Text
            {from} ORDER BY c.confidence, c.register_no, c.task LIMIT $limit
            """, args).AsList();
        return (total, items);
    }

    /// <summary>Stores a person's label; throws <see cref="ArgumentException"/> for a label the task does not know.</summary>
    public void Correct(ReviewItem item, string label, UserScope scope) =>
        new ClassificationStore(store).Correct(item.RegisterNo, item.Task, label, scope.UserName);
}
