using Analytics.Engine.Classification;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Classification;

public class ClassificationServiceTests
{
    private static ClassificationOptions Options(TempStore temp, double threshold = 0.0)
    {
        var seed = temp.File("seed.csv");
        using (var writer = new StreamWriter(seed))
        {
            writer.WriteLine("text,topic,kind,poor_quality");
            var i = 0;
            foreach (var row in SmallCorpus.Data)
            {
                var kind = i++ % 2 == 0 ? "complaint" : "information_request";
                writer.WriteLine($"\"{row.Text}\",{row.Label},{kind},{(row.Label == "billing_payments" ? "false" : "true")}");
            }
        }
        return new ClassificationOptions
        {
            ModelPath = temp.File("models"), SeedDataPath = seed, Trainer = "sdca", Ngrams = "2,3", ReviewThreshold = threshold, Seed = 7,
        };
    }

    private static void AddAppeal(TempStore temp, string registerNo, string? text, string? topic = null)
    {
        using var connection = temp.Store.Open();
        connection.Execute("""
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, topic, text, received_at, registered_at)
            VALUES ($registerNo, 'O1', 'individual', 'email', 'complaint', $topic, $text, TIMESTAMP '2025-03-01 10:00', TIMESTAMP '2025-03-01 10:05')
            """, new { registerNo, text, topic });
    }

    [Fact]
    public void ClassifyPending_ScoresEachAppealOnce_AndAllWhenAsked()
    {
        using var temp = new TempStore();
        var service = new ClassificationService(temp.Store, Options(temp));
        foreach (var task in ClassificationTask.All) service.Train(task);
        AddAppeal(temp, "A-1", "Света нет с утра, отключили без предупреждения");
        AddAppeal(temp, "A-2", "Оплата не поступила, начислили пени");
        AddAppeal(temp, "A-3", null);

        var first = service.ClassifyPending();
        var second = service.ClassifyPending();
        var all = service.ClassifyPending(all: true);

        Assert.All(first, o => Assert.Equal(2, o.Scored));
        Assert.All(second, o => Assert.Equal(0, o.Scored));
        Assert.All(all, o => Assert.Equal(2, o.Scored));
        using var connection = temp.Store.Open();
        Assert.Equal("outages_quality", connection.ExecuteScalar<string>(
            "SELECT label FROM appeal_classification WHERE register_no = 'A-1' AND task = 'topic'"));
        Assert.Equal(6, connection.ExecuteScalar<long>("SELECT count(*) FROM appeal_classification"));
    }

    [Fact]
    public void CorrectLabel_ClearsReviewFlag_AndFeedsNextTraining()
    {
        using var temp = new TempStore();
        var service = new ClassificationService(temp.Store, Options(temp, threshold: 1.0));
        service.Train(ClassificationTask.Topic);
        AddAppeal(temp, "A-1", "Непонятное сообщение про забор у опоры");
        var outcome = service.ClassifyPending().Single();
        Assert.Equal(1, outcome.NeedsReview);

        service.CorrectLabel("A-1", "topic", "other", "auditor1");

        using var connection = temp.Store.Open();
        Assert.False(connection.ExecuteScalar<bool>("SELECT needs_review FROM appeal_classification WHERE register_no = 'A-1'"));
        Assert.Equal("auditor1", connection.ExecuteScalar<string>("SELECT corrected_by FROM appeal_label WHERE register_no = 'A-1'"));
        var labels = service.Data.RegisterLabels("topic");
        Assert.Equal(new LabelledText("Непонятное сообщение про забор у опоры", "other"), Assert.Single(labels));
        var next = service.Train(ClassificationTask.Topic);
        Assert.Equal(2, next.Version);
        Assert.Equal(SmallCorpus.Data.Count + 1, next.NTexts);
    }

    [Fact]
    public void CorrectLabel_Refuses_UnknownAppealOrLabel()
    {
        using var temp = new TempStore();
        var service = new ClassificationService(temp.Store, Options(temp));
        AddAppeal(temp, "A-1", "текст");

        Assert.Throws<KeyNotFoundException>(() => service.CorrectLabel("NOPE", "topic", "other", "u"));
        Assert.Throws<ArgumentException>(() => service.CorrectLabel("A-1", "topic", "weather", "u"));
        Assert.Throws<ArgumentException>(() => service.CorrectLabel("A-1", "mood", "other", "u"));
    }

    [Fact]
    public void RegisterLabels_UseImportedTopic_UnlessCorrected()
    {
        using var temp = new TempStore();
        var service = new ClassificationService(temp.Store, Options(temp));
        AddAppeal(temp, "A-1", "Нет света", "outages_quality");
        AddAppeal(temp, "A-2", "Нет текста темы");
        AddAppeal(temp, "A-3", "Тема неизвестная", "weather");

        var labels = service.Data.RegisterLabels("topic");

        Assert.Equal([new LabelledText("Нет света", "outages_quality")], labels);
        Assert.Equal(3, service.Data.RegisterLabels("kind").Count);
    }

    [Fact]
    public void SeedModelsEnsureTrained_TrainsMissingTasksOnly()
    {
        using var temp = new TempStore();
        var options = Options(temp);

        var first = SeedModels.EnsureTrained(temp.Store, options);
        var second = SeedModels.EnsureTrained(temp.Store, options);

        Assert.Equal(ClassificationTask.All, first.Select(m => m.Task));
        Assert.All(first, m => Assert.True(m.Active && File.Exists(m.Path)));
        Assert.Empty(second);
        var service = new ClassificationService(temp.Store, options);
        Assert.Equal("true", service.Predict(ClassificationTask.PoorQuality, "Нет света второй день")!.Label);
    }
}
