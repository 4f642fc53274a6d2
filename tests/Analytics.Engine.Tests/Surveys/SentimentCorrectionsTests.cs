using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>A reviewer's sentiment wins over the scores' label in the comments (the model's training data) and is audit-trailed.</summary>
public sealed class SentimentCorrectionsTests
{
    private static readonly SurveyFilter Form = new("client-satisfaction");

    [Fact]
    public void Save_NewestCorrectionWins_AndIsRecordedInTheAuditTrail()
    {
        using var s = new SurveyStore();
        // A promoter whose comment is plainly a complaint: the score says positive, a reader says negative.
        var id = s.Add("A", new DateTime(2026, 3, 2, 10, 0, 0), nps: 10, csat: 5, extra: [("comment", "Очередь час, кондиционер не работает")]);
        var at = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal("positive", new Comments(s.Db.Store).Load(Form).Single().Sentiment);
        new SentimentCorrections(s.Db.Store, new Support.FixedClock(at)).Save(id, "comment", "neutral", "quality");
        new SentimentCorrections(s.Db.Store, new Support.FixedClock(at.AddMinutes(1))).Save(id, "comment", "negative", "quality");

        var comment = new Comments(s.Db.Store).Load(Form).Single();
        Assert.Equal(("negative", "negative"), (comment.Sentiment, comment.Corrected));
        Assert.Single(new Comments(s.Db.Store).Load(Form, sentiment: "negative"));
        using var c = s.Db.Store.Open();
        Assert.Equal(["{\"label\":null}→{\"label\":\"neutral\"}", "{\"label\":\"neutral\"}→{\"label\":\"negative\"}"],
            c.Query<string>("SELECT before_json || '→' || after_json FROM audit_entry WHERE entity_kind = 'comment_sentiment' ORDER BY seq"));
    }

    [Fact]
    public void Save_RefusesAnUnknownLabelOrComment_WithAClearError()
    {
        using var s = new SurveyStore();
        var id = s.Add("A", new DateTime(2026, 3, 2, 10, 0, 0), nps: 10, csat: 5, extra: [("comment", "Спасибо")]);
        var corrections = new SentimentCorrections(s.Db.Store);

        Assert.Contains("angry", Assert.Throws<ArgumentException>(() => corrections.Save(id, "comment", "angry", "quality")).Message);
        Assert.Contains("no-such", Assert.Throws<ArgumentException>(() => corrections.Save("no-such", "comment", "negative", "quality")).Message);
        Assert.Throws<ArgumentException>(() => corrections.Save(id, "improve", "negative", "quality")); // no text in that item
    }
}
