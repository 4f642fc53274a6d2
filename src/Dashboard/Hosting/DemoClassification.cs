using Analytics.Engine.Classification;
using Analytics.Engine.Store;
using Microsoft.Extensions.Options;

namespace Dashboard.Hosting;

/// <summary>
/// After a first run generated the demo, trains the three seed models (topic, kind, poor-quality flag) and
/// classifies the demo appeals — in the background, so the host answers at once, and light (a stratified sample of
/// the register, one fixed trainer: <see cref="FirstStart"/>), so it costs little CPU. Runs only when
/// <see cref="DemoSeedOptions.Classify"/> is on and this process seeded the demo; Overview shows its progress.
/// </summary>
public sealed class DemoClassification(
    DemoSeeder seeder,
    AnalyticsStore store,
    DemoClassificationStatus status,
    IOptions<DemoSeedOptions> demo,
    IOptions<ClassificationOptions> classification,
    ILogger<DemoClassification> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!demo.Value.Classify || !seeder.JustSeeded) return Task.CompletedTask;
        status.Report(new FirstStartProgress(0, ClassificationTask.All.Count * 2, ClassificationTask.All[0], Scoring: false));
        return Task.Run(() =>
        {
            try
            {
                var log = new DemoSeeder.SyncProgress(message => logger.LogInformation("{Progress}", message));
                var outcome = FirstStart.Run(store, classification.Value, demo.Value.ClassifyTrainingSample, logger, log, status, stoppingToken);
                logger.LogInformation("Seed classifier models trained: {Count}; demo appeals classified: {Tasks} task(s)",
                    outcome.Trained.Count, outcome.Classified.Count);
                status.Finish();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                status.Fail();
                logger.LogError(ex, "Classifying the demo appeals failed; run 'analytics classifier seed' and 'classifier classify' later");
            }
        }, stoppingToken);
    }
}
