using Analytics.Engine.Store;
using Dapper;

namespace Dashboard.Hosting;

/// <summary>Fills an empty store with the demo organisation, logging the generator's progress.</summary>
public sealed class DemoSeeder(AnalyticsStore store, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    /// <summary>True when the generator is part of this build.</summary>
    public static bool Available =>
#if ENGINE_DEMO
        true;
#else
        false;
#endif

    /// <summary>An empty store has no organisation: nothing can be imported or generated without one.</summary>
    public bool StoreIsEmpty()
    {
        using var connection = store.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM org_unit") == 0;
    }

    public void Seed(DemoSeedOptions options, CancellationToken ct)
    {
#if ENGINE_DEMO
        logger.LogInformation("Empty store: generating the demo organisation (scale {Scale}, seed {Seed})",
            options.Scale, options.Seed);
        var started = clock.GetTimestamp();
        var progress = new SyncProgress(message => logger.LogInformation("Demo: {Progress}", message));
        Analytics.Engine.Demo.DemoGenerator.Generate(store, new Analytics.Engine.Demo.DemoOptions
        {
            Scale = options.Scale,
            Seed = options.Seed,
            Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        }, progress, ct);
        logger.LogInformation("Demo organisation generated in {Elapsed}", clock.GetElapsedTime(started));
#else
        _ = clock;
        _ = ct;
        logger.LogWarning("Empty store, but this build has no demo generator; start with imports (scale {Scale})",
            options.Scale);
#endif
    }

    /// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post to the thread pool out of order.</summary>
    internal sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
