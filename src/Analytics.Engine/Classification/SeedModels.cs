using Analytics.Engine.Classification.Registry;
using Analytics.Engine.Store;
using Microsoft.Extensions.Logging;

namespace Analytics.Engine.Classification;

/// <summary>Gives a fresh store its three models, trained from the seed set, so appeals are classified out of the box.</summary>
public static class SeedModels
{
    /// <summary>
    /// Trains and activates a model for every task that has no active one (seed set plus any register labels);
    /// tasks that already have an active model are left alone. Returns the models trained now.
    /// </summary>
    public static IReadOnlyList<ModelInfo> EnsureTrained(
        AnalyticsStore store, ClassificationOptions? options = null, ILogger? logger = null, IProgress<string>? progress = null)
    {
        var service = new ClassificationService(store, options ?? new ClassificationOptions(), logger);
        var trained = new List<ModelInfo>();
        foreach (var task in ClassificationTask.All)
        {
            if (HasModel(service, task)) continue;
            trained.Add(service.Train(task, progress: progress));
        }
        return trained;
    }

    /// <summary>Whether the task already has an active model whose file is there (then a seed run leaves it alone).</summary>
    internal static bool HasModel(ClassificationService service, string task) =>
        service.Registry.Active(task) is { } active && File.Exists(active.Path);
}
