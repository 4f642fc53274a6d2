using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>
/// A client's comment with the scores given in the same response, the topic the client chose (mapped to the appeal
/// topic taxonomy) and the sentiment label the scores imply (NPS detractor → negative, passive → neutral, promoter →
/// positive; CSAT 1–2 / 3 / 4–5 when there is no NPS). The label is what <see cref="SentimentModel"/> learns from.
/// <c>Corrected</c> is the newest reviewer's sentiment (<see cref="SentimentCorrections"/>); when set, it is the sentiment.
/// </summary>
public sealed record SurveyComment(string SubmissionId, DateTime SubmittedAt, string? OfficeCode, string Item, string Text, int? Nps, int? Csat, string? Topic, string? Sentiment,
    string? Corrected = null, bool TopicByModel = false);

/// <summary>The free-text answers of one form (read side), newest first, with their scores; filtered by topic, sentiment and words.</summary>
public sealed class Comments(AnalyticsStore store)
{
    public static readonly IReadOnlyList<string> Sentiments = ["negative", "neutral", "positive"];

    /// <summary>Questionnaire topic codes → the appeal topics of the classifier (ClassificationTask.Topics).</summary>
    internal static readonly IReadOnlyDictionary<string, string> TopicMap = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["billing"] = "billing_payments", ["metering"] = "metering_readings", ["connection"] = "tech_connection",
        ["outage"] = "outages_quality", ["contract"] = "contracts", ["service"] = "staff_service", ["other"] = "other",
    };

    public IReadOnlyList<SurveyComment> Load(SurveyFilter filter, string? topic = null, string? sentiment = null, string? search = null, int limit = 500)
    {
        if (sentiment is not null && !Sentiments.Contains(sentiment))
            throw new ArgumentException($"Sentiment '{sentiment}' is not one of {string.Join(", ", Sentiments)}.", nameof(sentiment));
        var form = new SurveyResultsQuery(store).Definition(filter.Form);
        var free = form.AllItems().Where(i => i.Type == QuestionType.LongText).Select(i => i.Code).ToList();
        var nps = form.AllItems().FirstOrDefault(i => i.Type == QuestionType.Nps)?.Code;
        var csat = form.AllItems().FirstOrDefault(i => i.Type == QuestionType.Rating)?.Code;
        var topicItem = form.AllItems().FirstOrDefault(i => i.Code == "topic")?.Code;
        if (free.Count == 0) return [];
        var args = new Dapper.DynamicParameters(filter.Args);
        for (var i = 0; i < free.Count; i++) args.Add($"c{i}", free[i]);
        args.Add("nps", nps);
        args.Add("csat", csat);
        args.Add("topic", topicItem);
        using var c = store.Open();
        var rows = c.Query<SurveyComment, string?, (SurveyComment Row, string? ModelTopic)>($"""
            SELECT s.id AS SubmissionId, s.submitted_at AS SubmittedAt, s.office_code AS OfficeCode, a.item_code AS Item, a.value_text AS Text,
                   CAST((SELECT x.value_num FROM answer x WHERE x.submission_id = s.id AND x.item_code = $nps) AS INTEGER) AS Nps,
                   CAST((SELECT x.value_num FROM answer x WHERE x.submission_id = s.id AND x.item_code = $csat) AS INTEGER) AS Csat,
                   (SELECT x.value_text FROM answer x WHERE x.submission_id = s.id AND x.item_code = $topic) AS Topic,
                   CAST(NULL AS VARCHAR) AS Sentiment,
                   (SELECT arg_max(sc.label, sc.corrected_at) FROM sentiment_correction sc WHERE sc.submission_id = s.id AND sc.item_code = a.item_code) AS Corrected,
                   false AS TopicByModel,
                   (SELECT ct.topic FROM comment_topic ct WHERE ct.submission_id = s.id AND ct.item_code = a.item_code) AS ModelTopic
            {SurveyFilter.From_} JOIN answer a ON a.submission_id = s.id
            WHERE {SurveyFilter.Where} AND a.item_code IN ({string.Join(", ", free.Select((_, i) => $"$c{i}"))})
              AND a.value_text IS NOT NULL AND trim(a.value_text) <> ''
            ORDER BY s.submitted_at DESC, s.id, a.item_code
            """, (row, modelTopic) => (row, modelTopic), args, splitOn: "ModelTopic");
        // The client's own topic wins; the appeal topic model's reading (CommentModels) fills a comment without one.
        return [.. rows.Select(r => (r.Row with
                {
                    Topic = r.Row.Topic is { } t ? TopicMap.GetValueOrDefault(t, t) : r.ModelTopic,
                    TopicByModel = r.Row.Topic is null && r.ModelTopic is not null,
                    Sentiment = r.Row.Corrected ?? Label(r.Row.Nps, r.Row.Csat),
                }))
            .Where(r => topic is null || r.Topic == topic)
            .Where(r => sentiment is null || r.Sentiment == sentiment)
            .Where(r => string.IsNullOrWhiteSpace(search) || r.Text.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Take(limit)];
    }

    /// <summary>The sentiment the scores of a response imply; null when it gave neither NPS nor CSAT.</summary>
    public static string? Label(int? nps, int? csat) => nps switch
    {
        <= 6 => "negative",
        <= 8 => "neutral",
        not null => "positive",
        null => csat switch { <= 2 => "negative", 3 => "neutral", not null => "positive", null => null },
    };
}
