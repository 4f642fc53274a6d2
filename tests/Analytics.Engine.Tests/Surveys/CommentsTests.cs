using Analytics.Engine.Surveys;

namespace Analytics.Engine.Tests.Surveys;

public sealed class CommentsTests
{
    [Theory]
    [InlineData(3, null, "negative")]
    [InlineData(7, 1, "neutral")]
    [InlineData(9, 1, "positive")]
    [InlineData(null, 2, "negative")]
    [InlineData(null, 3, "neutral")]
    [InlineData(null, 5, "positive")]
    [InlineData(null, null, null)]
    public void Scores_label_the_sentiment(int? nps, int? csat, string? expected) => Assert.Equal(expected, Comments.Label(nps, csat));

    [Fact]
    public void Comments_carry_their_scores_topic_and_label_and_filter()
    {
        using var s = new SurveyStore();
        var day = new DateTime(2026, 3, 2, 10, 0, 0);
        s.Add("A", day, nps: 2, csat: 1, extra: [("improve", "Начислили пени, хотя я оплатил вовремя."), ("topic", "billing")]);
        s.Add("A", day.AddDays(1), nps: 10, csat: 5, extra: [("comment", "Спасибо, всё быстро.")]);
        s.Add("B", day.AddDays(2), nps: 8, csat: 4);

        var all = new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"));

        Assert.Equal(2, all.Count);
        Assert.Equal(("positive", 10, (string?)null), (all[0].Sentiment, all[0].Nps!.Value, all[0].Topic));
        Assert.Equal(("negative", "billing_payments", 1), (all[1].Sentiment, all[1].Topic, all[1].Csat!.Value));
        Assert.Single(new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"), sentiment: "negative"));
        Assert.Single(new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"), topic: "billing_payments"));
        Assert.Single(new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"), search: "спасибо"));
        Assert.Throws<ArgumentException>(() => new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"), sentiment: "angry"));
    }

    [Fact]
    public void Sentiment_model_learns_words_that_go_with_scores()
    {
        string[] bad = ["Долго ждал в очереди, никто не помог", "Грубый сотрудник, вопрос не решён", "Не могу дозвониться, всё время занято", "Начислили лишнее, ужасно"];
        string[] good = ["Спасибо, всё быстро и вежливо", "Отличный офис, помогли сразу", "Очень довольна, всё объяснили", "Вежливый специалист, спасибо"];
        var r = new Random(3);
        var data = Enumerable.Range(0, 120).Select(i =>
        {
            var positive = i % 2 == 0;
            var text = (positive ? good : bad)[r.Next(4)] + (r.Next(2) == 0 ? "." : "!");
            return new SurveyComment($"s{i}", new DateTime(2026, 1, 1), "A", "comment", text, positive ? 10 : 2, null, null, positive ? "positive" : "negative");
        }).ToList();

        var model = SentimentModel.Train(data);

        Assert.NotNull(model);
        Assert.True(model.Accuracy > 0.9, $"accuracy {model.Accuracy}");
        Assert.Null(SentimentModel.Train(data.Take(5).ToList()));
    }
}
