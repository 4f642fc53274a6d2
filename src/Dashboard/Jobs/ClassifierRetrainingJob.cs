using Analytics.Engine.Classification;

namespace Dashboard.Jobs;

/// <summary>
/// Weekly: retrains the appeal classifiers (topic, kind, poor-quality flag) on the seed set plus the register's labels
/// and the corrections people made during the week, activates the new versions and scores appeals still without a
/// result. Earlier versions stay in the model registry, so an administrator can switch back
/// (<c>analytics classifier activate</c>) if a new version does worse. Survey comments follow: their topics are read by
/// the new topic model and the comment sentiment model is retrained with the week's corrections.
/// </summary>
public sealed class ClassifierRetrainingJob(ClassificationService classifier, Analytics.Engine.Surveys.CommentModels comments,
    ILogger<ClassifierRetrainingJob> logger)
{
    [Hangfire.JobDisplayName(JobNames.Retraining)]
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
        // Survey comments the same week: topics read by the new topic model, the sentiment model retrained on this
        // week's corrections (#17.2), as appeals are.
        var topics = comments.ClassifyTopics(classifier, cancellationToken);
        var sentiment = comments.RetrainSentiment("weekly");
        logger.LogInformation("Survey comments: {Topics} topics read; sentiment model on {Comments} comments, accuracy {Accuracy}",
            topics, sentiment.Comments, sentiment.Accuracy);
        return Task.FromResult<IReadOnlyList<int>>(versions);
    }
}
