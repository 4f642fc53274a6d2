using Analytics.Engine.Store;
using Dashboard.Users;
using Microsoft.Extensions.Options;

namespace Dashboard.Hosting;

/// <summary>
/// Runs before the host listens: creates or migrates the store, pins it (the host is its only writer while it
/// runs, docs/adr/0001), fills an empty store with the demo organisation and makes sure an admin exists.
/// </summary>
public sealed class StoreStartup(AnalyticsStore store, StoreMigrator migrator, DemoSeeder demo,
    FirstRunAdmin admin, ConsoleSink console, IOptions<DemoSeedOptions> demoOptions,
    ILogger<StoreStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
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
        var applied = migrator.Migrate();
        logger.LogInformation("Store schema at version {Version} ({Applied} migrations applied now)",
            migrator.CurrentVersion(), applied.Count);

        if (demoOptions.Value.OnFirstRun && demo.StoreIsEmpty())
            demo.Seed(demoOptions.Value, cancellationToken);
        else if (!demo.StoreIsEmpty())
            logger.LogInformation("The store already holds an organisation; reusing it");

        admin.EnsureAdmin(console.Writer);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Releasing the pin lets the CLI write again once the host is gone.
        store.Dispose();
        logger.LogInformation("Store {Path} released", store.FilePath);
        return Task.CompletedTask;
    }
}
