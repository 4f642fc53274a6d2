using System.CommandLine;
using Analytics.Engine.Store;

namespace Analytics.Cli.Common;

/// <summary>Options every command shares.</summary>
public static class GlobalOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "Path of the DuckDB store",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ANALYTICS_DB") ?? new StoreOptions().Path,
        Recursive = true,
    };

    /// <summary>A fresh <c>--json</c> option; add one to each command that reports.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print exactly one JSON object on stdout" };

    public static AnalyticsStore Store(ParseResult parse) => AnalyticsStore.At(parse.GetValue(Db)!);

    /// <summary>
    /// The store brought up to this build's schema first (idempotent and cheap when current), for commands that read
    /// tables a newer migration adds; a missing file is refused rather than created empty.
    /// </summary>
    public static AnalyticsStore MigratedStore(ParseResult parse)
    {
        var store = Store(parse);
        if (!store.Exists)
        {
            store.Dispose();
            throw new InputException($"No store at {store.FilePath}: run 'analytics init' and import data, or 'analytics demo'.");
        }
        new StoreMigrator(store).Migrate();
        // This process holds the store (DuckDB's file lock): a run still 'running' belongs to a process that is gone
        // (killed, power cut), so it is marked interrupted now, with its committed counts, as the host does at start.
        StaleRuns.MarkAtStart(store);
        return store;
    }
}
