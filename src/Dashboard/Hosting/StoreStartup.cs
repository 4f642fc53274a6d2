using Analytics.Engine.Store;
using Dashboard.Users;
using Microsoft.Extensions.Options;

namespace Dashboard.Hosting;

/// <summary>
/// Runs before the host listens: creates or migrates the store, pins it (the host is its only writer while it
/// runs, docs/adr/0001), fills an empty store with the demo organisation and makes sure an admin exists.
/// </summary>
/// <remarks>
/// Services are resolved in <see cref="StartAsync"/>, not injected: the host builds its hosted services before
/// it validates options, and a store built from a bad <c>Store:Path</c> must fail as a validation error naming it.
/// </remarks>
public sealed class StoreStartup(IServiceProvider services, ILogger<StoreStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<AnalyticsStore>();
        var migrator = services.GetRequiredService<StoreMigrator>();
        var demo = services.GetRequiredService<DemoSeeder>();
        var demoOptions = services.GetRequiredService<IOptions<DemoSeedOptions>>();
        var created = !store.Exists;
        logger.LogInformation(created ? "Creating the store {Path}" : "Opening the store {Path}", store.FilePath);
        try
        {
            store.Pin();
        }
        catch (StoreLockedException ex)
        {
            logger.LogCritical("{Message}", ex.Message);
            throw;
        }
        // Resolved now so the container disposes it before the store: a stopping host stores what it acknowledged.
        services.GetRequiredService<Analytics.Engine.Forms.SubmissionWriter>();
        var applied = migrator.Migrate();
        logger.LogInformation("Store schema at version {Version} ({Applied} migrations applied now)",
            migrator.CurrentVersion(), applied.Count);
        var stale = StaleRuns.MarkAtStart(store, services.GetRequiredService<TimeProvider>());
        if (stale.Imports + stale.Exports > 0)
            logger.LogWarning("Marked {Imports} import runs interrupted and {Exports} export jobs failed: their process had stopped mid-run",
                stale.Imports, stale.Exports);

        if (demoOptions.Value.OnFirstRun && demo.StoreIsEmpty())
        {
            demo.Seed(demoOptions.Value, cancellationToken);
            // D23: the demo's overdue and due-soon appeals are reminded now, not first at the next 07:00 run.
            services.GetRequiredService<Jobs.DeadlineReminderJob>().FillOnFirstStart();
        }
        else if (!demo.StoreIsEmpty())
            logger.LogInformation("The store already holds an organisation; reusing it");

        services.GetRequiredService<FirstRunAdmin>().EnsureAdmin(services.GetRequiredService<ConsoleSink>().Writer);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The container disposes the store (and its pin) right after; then the CLI may write again.
        logger.LogInformation("Stopping; the store will be released");
        return Task.CompletedTask;
    }
}
