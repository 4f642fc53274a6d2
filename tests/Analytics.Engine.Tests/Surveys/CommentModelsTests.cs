using Analytics.Engine.Classification;
using Analytics.Engine.Surveys;
using Analytics.Engine.Tests.Classification;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>
/// #17.2: comments without a chosen topic are read by the appeal topic model (the client's own topic always wins), and
/// the sentiment model is retrained with its cross-validated quality recorded for the comments page.
/// </summary>
public sealed class CommentModelsTests
{
    private static ClassificationService TopicModel(TempStore temp)
    {
        var seed = temp.File("seed.csv");
        using (var writer = new StreamWriter(seed))
        {
            writer.WriteLine("text,topic,kind,poor_quality");
            foreach (var row in SmallCorpus.Data) writer.WriteLine($"\"{row.Text}\",{row.Label},complaint,false");
        }
        var service = new ClassificationService(temp.Store, new ClassificationOptions
        {
            ModelPath = temp.File("models"), SeedDataPath = seed, Trainer = "sdca", Ngrams = "2,3", Seed = 7,
        });
        service.Train(ClassificationTask.Topic);
        return service;
    }

    [Fact]
    public void CommentsWithoutAChosenTopic_GetTheTopicModelsReading_Once_AndTheClientsTopicWins()
    {
        using var s = new SurveyStore();
        var day = new DateTime(2026, 3, 2, 10, 0, 0);
        s.Add("A", day, nps: 2, csat: 1, extra: [("improve", "Начислили пени, хотя я оплатил вовремя."), ("topic", "billing")]);
        s.Add("A", day.AddDays(1), nps: 3, csat: 2, extra: [("improve", "Третий день нет света на улице, отключение электроэнергии без предупреждения.")]);
        var models = new CommentModels(s.Db.Store);
        var before = new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"));

        Assert.Equal(0, models.ClassifyTopics(new ClassificationService(s.Db.Store, new ClassificationOptions { ModelPath = s.Db.File("none") }), TestContext.Current.CancellationToken));
        var classifier = TopicModel(s.Db);
        var first = models.ClassifyTopics(classifier, TestContext.Current.CancellationToken);
        var second = models.ClassifyTopics(classifier, TestContext.Current.CancellationToken);
        var after = new Comments(s.Db.Store).Load(new SurveyFilter("client-satisfaction"));

        Assert.Null(before.Single(c => c.Text.StartsWith("Третий", StringComparison.Ordinal)).Topic);
        Assert.Equal((1, 0), (first, second));
        var read = after.Single(c => c.Text.StartsWith("Третий", StringComparison.Ordinal));
        Assert.True(read.TopicByModel);
        Assert.Equal(classifier.Predict(ClassificationTask.Topic, read.Text)!.Label, read.Topic);
        var chosen = after.Single(c => c.Text.StartsWith("Начислили", StringComparison.Ordinal));
        Assert.Equal(("billing_payments", false), (chosen.Topic, chosen.TopicByModel));
        using var c = s.Db.Store.Open();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM comment_topic"));
    }

    [Fact]
    public void SentimentRetraining_RecordsItsCrossValidatedQuality_OrThatThereWasTooLittle()
    {
        using var s = new SurveyStore();
        var models = new CommentModels(s.Db.Store);
        var day = new DateTime(2026, 2, 2, 10, 0, 0);
        s.Add("A", day, nps: 10, csat: 5, extra: [("comment", "Спасибо, всё быстро.")]);

        var few = models.RetrainSentiment("test");
        Assert.Null(few.Accuracy);
        Assert.Equal(few.TrainedAt, models.LastSentimentRun()!.TrainedAt);

        string[] bad = ["Очень долго ждал в очереди, грубый сотрудник", "Не решили вопрос, пришлось приходить снова", "Ужасное обслуживание, никто не знает ответа"];
        string[] ok = ["Нормально, но пришлось подождать", "В целом неплохо, объяснили не всё", "Средне, ожидание около получаса"];
        string[] good = ["Спасибо, всё быстро и вежливо", "Отличный специалист, всё объяснила", "Быстро приняли, очень довольна"];
        for (var i = 0; i < 12; i++)
        {
            s.Add("A", day.AddHours(i + 1), nps: 2, csat: 1, extra: [("comment", bad[i % 3] + $" ({i})")]);
            s.Add("A", day.AddHours(i + 1).AddMinutes(10), nps: 7, csat: 3, extra: [("comment", ok[i % 3] + $" ({i})")]);
            s.Add("A", day.AddHours(i + 1).AddMinutes(20), nps: 10, csat: 5, extra: [("comment", good[i % 3] + $" ({i})")]);
        }
        var trained = models.RetrainSentiment("weekly");

        Assert.NotNull(trained.Accuracy);
        Assert.InRange(trained.Accuracy!.Value, 0.5, 1.0);
        Assert.Equal(37, trained.Comments);
        Assert.Equal(("weekly", trained.Accuracy), (models.LastSentimentRun()!.Trigger, models.LastSentimentRun()!.Accuracy));
    }
}
