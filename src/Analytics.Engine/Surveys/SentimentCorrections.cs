using Analytics.Engine.Audit;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>
/// A quality specialist's sentiment for a survey comment (ADR 0024 addendum): stored as history in
/// <c>sentiment_correction</c>, the newest wins over the label the scores imply wherever <see cref="Comments"/> is read
/// — the feed, its export and the training data of <see cref="SentimentModel"/> — as appeal label corrections feed the
/// classifier. Each correction is recorded in the audit trail (before → after).
/// </summary>
public sealed class SentimentCorrections(AnalyticsStore store, TimeProvider? clock = null)
{
    /// <summary>Stores <paramref name="label"/> for the comment; an unknown label or comment is an <see cref="ArgumentException"/>.</summary>
    public void Save(string submissionId, string item, string label, string correctedBy)
    {
        if (!Comments.Sentiments.Contains(label))
            throw new ArgumentException($"Sentiment '{label}' is not one of {string.Join(", ", Comments.Sentiments)}.", nameof(label));
        if (string.IsNullOrWhiteSpace(correctedBy)) throw new ArgumentException("A correction needs the reviewer's name.", nameof(correctedBy));
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        var args = new { submissionId, item };
        if (c.ExecuteScalar<long>("""
                SELECT count(*) FROM answer WHERE submission_id = $submissionId AND item_code = $item AND trim(coalesce(value_text, '')) <> ''
                """, args, tx) == 0)
            throw new ArgumentException($"No comment '{item}' in response '{submissionId}'.", nameof(item));
        var before = c.QuerySingleOrDefault<string>(
            "SELECT arg_max(label, corrected_at) FROM sentiment_correction WHERE submission_id = $submissionId AND item_code = $item", args, tx);
        var at = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        c.Execute("""
            INSERT INTO sentiment_correction (submission_id, item_code, label, corrected_by, corrected_at)
            VALUES ($submissionId, $item, $label, $correctedBy, $at)
            """, new { submissionId, item, label, correctedBy, at }, tx);
        AuditTrail.Append(c, tx, correctedBy, "correct", AuditKinds.CommentSentiment, $"{submissionId}/{item}", new { label = before }, new { label }, at);
        tx.Commit();
    }
}
