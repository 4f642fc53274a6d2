using Analytics.Engine.Classification;

namespace Dashboard.Jobs;

/// <summary>
/// Weekly: retrains the appeal classifiers (topic, kind, poor-quality flag) on the seed set plus the register's labels
/// and the corrections people made during the week, activates the new versions and scores appeals still without a
/// result. Earlier versions stay in the model registry, so an administrator can switch back
/// (<c>analytics classifier activate</c>) if a new version does worse.
/// </summary>
public sealed class ClassifierRetrainingJob(ClassificationService classifier, ILogger<ClassifierRetrainingJob> logger)
{
    public Task<IReadOnlyList<int>> Run(CancellationToken cancellationToken)
    {
        var versions = new List<int>();
        foreach (var task in ClassificationTask.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = classifier.Train(task);
            logger.LogInformation("Retrained {Task}: version {Version}", task, model.Version);
            versions.Add(model.Version);
        }
        classifier.ClassifyPending();
        return Task.FromResult<IReadOnlyList<int>>(versions);
    }
}
