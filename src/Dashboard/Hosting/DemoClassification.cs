using Analytics.Engine.Classification;
using Analytics.Engine.Store;
using Microsoft.Extensions.Options;

namespace Dashboard.Hosting;

/// <summary>
/// After a first run generated the demo, trains the three seed models (topic, kind, poor-quality flag) and
/// classifies the demo appeals — in the background, because training takes a while and the host should answer
/// at once. Runs only when <see cref="DemoSeedOptions.Classify"/> is on and this process seeded the demo.
/// </summary>
public sealed class DemoClassification(
    DemoSeeder seeder,
    AnalyticsStore store,
    IOptions<DemoSeedOptions> demo,
    IOptions<ClassificationOptions> classification,
    ILogger<DemoClassification> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!demo.Value.Classify || !seeder.JustSeeded) return Task.CompletedTask;
        return Task.Run(() =>
        {
            try
            {
                var progress = new DemoSeeder.SyncProgress(message => logger.LogInformation("{Progress}", message));
                var trained = SeedModels.EnsureTrained(store, classification.Value, logger, progress);
                logger.LogInformation("Seed classifier models trained: {Count}", trained.Count);
                var service = new ClassificationService(store, classification.Value, logger);
                var outcomes = service.ClassifyPending(progress: progress);
                logger.LogInformation("Demo appeals classified: {Tasks} task(s)", outcomes.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Classifying the demo appeals failed; run 'analytics classifier seed' and 'classifier classify' later");
            }
        }, stoppingToken);
    }
}
