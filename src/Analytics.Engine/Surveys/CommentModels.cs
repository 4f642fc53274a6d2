using Analytics.Engine.Classification;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Surveys;

/// <summary>One (re)training of the comment sentiment model: when, why, on how much, and how well it cross-validated.</summary>
public sealed record SentimentRun(DateTime TrainedAt, string Trigger, int Comments, int Corrections, double? Accuracy, double? MacroF1);

/// <summary>
/// The models' side of survey comments (#17.2). <see cref="ClassifyTopics"/> reads every comment whose client chose no
/// topic with the appeal topic model — the same ML.NET pipeline and taxonomy as the register — and keeps its reading in
/// <c>comment_topic</c>, so the feed, the emerging topics and the exports name a topic for every comment.
/// <see cref="RetrainSentiment"/> retrains the sentiment model on the labels the scores imply and the specialists'
/// corrections (as corrections of appeals feed the classifiers) and records its cross-validated quality.
/// Both run from the scheduled jobs; the comments page shows the last run.
/// </summary>
public sealed class CommentModels(AnalyticsStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The questionnaires with free-text items (all published ones), by code.</summary>
    private IReadOnlyList<string> Questionnaires() =>
        [.. new FormRepository(store).List().Where(f => f.Kind == FormKind.Questionnaire && f.LatestVersion is not null).Select(f => f.Code)];

    /// <summary>
    /// Scores comments without a chosen topic and without a reading yet; returns how many were scored (0 when the topic
    /// model has never been trained).
    /// </summary>
    public int ClassifyTopics(ClassificationService classifier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var version = classifier.ListModels(ClassificationTask.Topic).FirstOrDefault(m => m.Active)?.Version;
        if (version is null) return 0;
        using var c = store.Open();
        var known = c.Query<(string, string)>("SELECT submission_id, item_code FROM comment_topic").ToHashSet();
        var now = _clock.GetUtcNow().UtcDateTime;
        var scored = 0;
        foreach (var form in Questionnaires())
        {
            foreach (var comment in new Comments(store).Load(new SurveyFilter(form), limit: int.MaxValue))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (comment.Topic is not null && !comment.TopicByModel || known.Contains((comment.SubmissionId, comment.Item))) continue;
                if (classifier.Predict(ClassificationTask.Topic, comment.Text) is not { } p) return scored;
                c.Execute("""
                    INSERT INTO comment_topic (submission_id, item_code, topic, confidence, model_version, classified_at)
                    VALUES ($s, $i, $t, $conf, $v, $at) ON CONFLICT DO NOTHING
                    """, new { s = comment.SubmissionId, i = comment.Item, t = p.Label, conf = p.Confidence, v = version.Value, at = now });
                scored++;
            }
        }
        return scored;
    }

    /// <summary>Retrains on every questionnaire's comments (up to 20 000 per form) and records the run; null run fields when too few labels.</summary>
    public SentimentRun RetrainSentiment(string trigger)
    {
        var comments = Questionnaires().SelectMany(f => new Comments(store).Load(new SurveyFilter(f), limit: 20_000)).ToList();
        var result = SentimentModel.Train(comments);
        var now = _clock.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc); // the store keeps microseconds
        var run = new SentimentRun(now, trigger, result?.Comments ?? comments.Count(x => x.Sentiment is not null),
            comments.Count(x => x.Corrected is not null), result?.Accuracy, result?.MacroF1);
        using var c = store.Open();
        c.Execute("""
            INSERT INTO sentiment_run (trained_at, trigger, comments, corrections, accuracy, macro_f1)
            VALUES ($TrainedAt, $Trigger, $Comments, $Corrections, $Accuracy, $MacroF1) ON CONFLICT DO NOTHING
            """, run);
        return run;
    }

    /// <summary>The last sentiment run, or null before the first.</summary>
    public SentimentRun? LastSentimentRun()
    {
        using var c = store.Open();
        return c.QueryFirstOrDefault<SentimentRun>("""
            SELECT trained_at AS TrainedAt, trigger AS Trigger, comments AS Comments, corrections AS Corrections,
                   accuracy AS Accuracy, macro_f1 AS MacroF1
            FROM sentiment_run ORDER BY trained_at DESC LIMIT 1
            """);
    }
}
