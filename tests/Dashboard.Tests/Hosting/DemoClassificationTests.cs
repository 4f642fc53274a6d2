using Analytics.Engine.Classification;
using Dapper;
using Dashboard.Hosting;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Hosting;

/// <summary>The real host's first start with the demo (#20 item 5): light seed models trained and active, every appeal scored.</summary>
public class DemoClassificationTests
{
    [Fact]
    public async Task FirstStart_TrainsLightModels_ScoresEveryDemoAppeal_AndReportsDone()
    {
        var models = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"), "models");
        try
        {
            await using var factory = new DashboardFactory(new Dictionary<string, string?>
            {
                ["Demo:OnFirstRun"] = "true", ["Demo:Classify"] = "true", ["Demo:ClassifyTrainingSample"] = "200",
                ["Classification:ModelPath"] = models, ["Jobs:Enabled"] = "false",
            });
            var status = factory.Service<DemoClassificationStatus>();

            // Waits for the background work to end (not a timing check: the bound only keeps a hung run from hanging the suite).
            var deadline = DateTime.UtcNow.AddMinutes(10);
            while (status.State is DemoClassificationStatus.Phase.Running or DemoClassificationStatus.Phase.Idle && DateTime.UtcNow < deadline)
                await Task.Delay(250, TestContext.Current.CancellationToken);

            Assert.Equal(DemoClassificationStatus.Phase.Done, status.State);
            Assert.Equal(6, status.Current!.Step);
            var service = factory.Service<ClassificationService>();
            foreach (var task in ClassificationTask.All)
            {
                var active = service.Registry.Active(task);
                Assert.NotNull(active);
                Assert.StartsWith("sdca-svm", active.Trainer, StringComparison.Ordinal);
            }
            using var c = factory.Store.Open();
            var appeals = c.ExecuteScalar<long>("SELECT count(*) FROM appeal WHERE text IS NOT NULL AND trim(text) <> ''");
            Assert.True(appeals > 0);
            foreach (var task in ClassificationTask.All)
                Assert.Equal(appeals, c.ExecuteScalar<long>("SELECT count(DISTINCT register_no) FROM appeal_classification WHERE task = $task", new { task }));
        }
        finally
        {
            try { Directory.Delete(Path.GetDirectoryName(models)!, recursive: true); } catch (IOException) { }
        }
    }
}
