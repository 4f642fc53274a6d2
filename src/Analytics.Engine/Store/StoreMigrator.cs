using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Analytics.Engine.Store;

/// <summary>
/// Applies the numbered SQL migrations embedded under <c>Store/Schema/NNN_name.sql</c>, each in its own
/// transaction, recording them in <c>schema_version</c>. Running it again applies nothing new.
/// </summary>
public sealed partial class StoreMigrator(AnalyticsStore store, ILogger<StoreMigrator>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<StoreMigrator>.Instance;

    /// <summary>A migration script found in the assembly.</summary>
    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>Every embedded migration, ordered by version.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>The newest version this build knows.</summary>
    public static int LatestVersion => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>Applies pending migrations; returns the versions applied now.</summary>
    public IReadOnlyList<int> Migrate()
    {
        using var connection = store.Open();
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                name VARCHAR NOT NULL,
                applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)
            """);
        var applied = connection.Query<int>("SELECT version FROM schema_version").ToHashSet();
        var now = new List<int>();
        foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: tx);
            connection.Execute("INSERT INTO schema_version (version, name) VALUES ($v, $n)",
                new { v = migration.Version, n = migration.Name }, tx);
            tx.Commit();
            _logger.LogInformation("Store schema migrated to {Version} ({Name})", migration.Version, migration.Name);
            now.Add(migration.Version);
        }
        return now;
    }

    /// <summary>The version the store is at, 0 for an empty file.</summary>
    public int CurrentVersion()
    {
        using var connection = store.Open();
        var exists = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'") > 0;
        return exists ? connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version") ?? 0 : 0;
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(StoreMigrator).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd()));
        }
        var duplicate = list.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two schema migrations share version {duplicate.Key}.");
        return [.. list.OrderBy(m => m.Version)];
    }

    [GeneratedRegex(@"\.Store\.Schema\.(\d{3})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}
