using Analytics.Engine.Demo;
using Analytics.Engine.Store;

namespace Dashboard.Hosting;

/// <summary>Fills an empty store with the demo organisation, its registers, questionnaires and audits, logging progress.</summary>
public sealed class DemoSeeder(AnalyticsStore store, DemoSuite generator, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    /// <summary>Empty: no organisation and no appeals (the generator refuses to write over appeals).</summary>
    public bool StoreIsEmpty() => new StoreProbe(store).IsEmpty();

    public void Seed(DemoSeedOptions options, CancellationToken ct)
    {
        logger.LogInformation("Empty store: generating the demo organisation (scale {Scale}, seed {Seed})",
            options.Scale, options.Seed);
        var progress = new SyncProgress(message => logger.LogInformation("{Progress}", message));
        var summary = generator.Generate(store, new DemoOptions
        {
            Scale = options.Scale,
            Seed = options.Seed,
            Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        }, progress, ct);
        logger.LogInformation("Demo organisation generated: {Rows} rows, {From:yyyy-MM-dd} … {To:yyyy-MM-dd}, in {Seconds:F1} s",
            summary.TotalRows, summary.From, summary.To, summary.Elapsed.TotalSeconds);
        JustSeeded = true;
    }

    /// <summary>True once this process generated the demo (the classifier warm-up follows only then).</summary>
    public bool JustSeeded { get; private set; }

    /// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post to the thread pool out of order.</summary>
    internal sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
