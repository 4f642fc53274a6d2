using Analytics.Engine.Store;
using Analytics.Engine.Surveys;
using Analytics.Engine.Time;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Daily (<c>Jobs:EmergingTopicsCron</c>, 08:00 Moscow): the Engine's <see cref="TopicAlerts"/> posts an in-app
/// notification to the quality specialists for every survey topic that rose significantly in the last complete week
/// or month. Idempotent: a topic is posted once per period, so the daily runs of one week add nothing new.
/// </summary>
public sealed class EmergingTopicsJob(AnalyticsStore store, DisplayTime time, IOptions<SurveyOptions> surveys,
    Analytics.Engine.Classification.ClassificationService classifier, CommentModels comments, ILogger<EmergingTopicsJob> logger)
{
    [Hangfire.JobDisplayName(JobNames.EmergingTopics)]
    public Task<int> Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Yesterday's comments without a chosen topic get the topic model's reading first, so they count in the topics.
        comments.ClassifyTopics(classifier, cancellationToken);
        var posted = new TopicAlerts(store, surveys.Value.MinimumN).Post(time.Today, time.Now.UtcDateTime);
        if (posted > 0) logger.LogInformation("Emerging survey topics: {Posted} notifications posted", posted);
        return Task.FromResult(posted);
    }
}
