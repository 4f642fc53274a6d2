using Analytics.Engine.Classification;

namespace Analytics.Engine.Surveys;

/// <summary>Cross-validated quality of the comment sentiment model and the model itself.</summary>
public sealed record SentimentResult(TrainingResult Training, int Comments)
{
    public double Accuracy => Training.Metrics.Accuracy;
    public double MacroF1 => Training.Metrics.MacroF1;
}

/// <summary>
/// Sentiment of survey comments learned from the company's own data: each comment labelled by the scores given in the
/// same response (<see cref="Comments.Label"/>), trained with the appeal classifier's ML.NET pipeline (one fixed
/// trainer and n-gram setting, 3-fold cross-validation on a capped stratified sample, so it stays demo-cheap).
/// </summary>
public static class SentimentModel
{
    /// <summary>Fewer labelled comments than this per class cannot be cross-validated meaningfully.</summary>
    public const int MinimumPerClass = 10;

    public static SentimentResult? Train(IReadOnlyList<SurveyComment> comments, int cap = 2000, int seed = 17)
    {
        var data = comments.Where(c => c.Sentiment is not null).Select(c => new LabelledText(c.Text, c.Sentiment!)).ToList();
        if (data.GroupBy(d => d.Label).Count() < 2 || data.GroupBy(d => d.Label).Any(g => g.Count() < MinimumPerClass)) return null;
        var request = new TrainingRequest(data)
        {
            Trainer = TrainerKind.Sdca, Features = FeatureSettings.Default, Seed = seed, SelectionCap = cap, FinalistCap = cap, Folds = 3,
        };
        return new SentimentResult(new ClassifierTrainer().Train(request), data.Count);
    }
}
