using System.Diagnostics;
using System.Globalization;
using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Demo;

/// <summary>
/// Fills a store with the demo organisation and a few years of its activity, deterministically for a seed.
/// Everything is written in one transaction, so a failed or cancelled run leaves the store as it was, and a store
/// that already holds appeals is refused unless <see cref="DemoOptions.Replace"/> clears the demo tables first.
/// </summary>
public sealed class DemoGenerator
{
    private readonly IReadOnlyList<IDemoTableGenerator> _generators;

    /// <summary>The standard generators in dependency order (control calls read the appeals).</summary>
    public DemoGenerator() : this(DefaultGenerators()) { }

    public DemoGenerator(IReadOnlyList<IDemoTableGenerator> generators) => _generators = generators;

    public static IReadOnlyList<IDemoTableGenerator> DefaultGenerators() =>
    [
        new OrgGenerator(),
        new AppealGenerator(),
        new QueueGenerator(),
        new CallIntervalGenerator(),
        new ControlCallGenerator(),
        new PlanGenerator(),
    ];

    public DemoSummary Generate(AnalyticsStore store, DemoOptions options, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var moscow = Time.DisplayTime.Default.LocalNow;
        var today = options.Today ?? DateOnly.FromDateTime(moscow);
        if (options.Now is null && today == DateOnly.FromDateTime(moscow)) options = options with { Now = moscow };
        var context = new DemoContext(options, today, progress);
        var clock = Stopwatch.StartNew();

        new StoreMigrator(store).Migrate();
        using var connection = store.Open();
        var existing = connection.ExecuteScalar<long>("SELECT count(*) FROM appeal");
        if (existing > 0 && !options.Replace) throw new DemoRefusedException(store.FilePath, existing);

        var rows = new Dictionary<string, long>();
        using var tx = connection.BeginTransaction();
        if (options.Replace)
        {
            foreach (var table in _generators.SelectMany(g => g.Tables).Distinct())
                connection.Execute($"DELETE FROM {table}", transaction: tx);
        }
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"demo: seed {options.Seed}, scale {options.Scale}, {context.From:yyyy-MM-dd} … {today:yyyy-MM-dd}"));
        foreach (var generator in _generators)
        {
            ct.ThrowIfCancellationRequested();
            var started = clock.Elapsed;
            var written = generator.Generate(context, connection, ct);
            foreach (var (table, count) in written) rows[table] = rows.GetValueOrDefault(table) + count;
            var seconds = (clock.Elapsed - started).TotalSeconds;
            var total = written.Values.Sum();
            progress?.Report(string.Create(CultureInfo.InvariantCulture,
                $"demo: {generator.Name}: {string.Join(", ", written.Select(w => $"{w.Key} {w.Value:N0}"))} in {seconds:0.0} s ({(seconds > 0 ? total / seconds : 0):N0} rows/s)"));
        }
        var committing = clock.Elapsed;
        tx.Commit();
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"demo: committed in {(clock.Elapsed - committing).TotalSeconds:0.0} s"));
        return new DemoSummary(options.Seed, options.Scale, context.From, today, rows, clock.Elapsed);
    }
}
