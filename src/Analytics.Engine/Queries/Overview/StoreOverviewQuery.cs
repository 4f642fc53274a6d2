using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Queries.Overview;

/// <summary>Rows of one store table, with the period they cover and the rows per year where a date column exists.</summary>
public sealed record TableCount(string Table, long Rows, DateTime? First, DateTime? Last,
    IReadOnlyDictionary<int, long> ByYear);

/// <summary>The latest import run.</summary>
public sealed record LastImport(long Id, string Kind, string FileName, DateTime StartedAt, string Status,
    long Read, long Stored, long Duplicates, long Rejected);

public sealed record StoreOverview(string Path, int SchemaVersion, IReadOnlyList<TableCount> Tables,
    LastImport? LastImport);

/// <summary>
/// What the store holds, for the home page. Counting rows per year scans the big tables, so the result is kept until
/// the store changes: a stamp of every table's row count and the latest import run (which any import, re-import or
/// correction writes) is read first, in about a millisecond, and a different stamp reads again.
/// </summary>
public sealed class StoreOverviewQuery(AnalyticsStore store)
{
    // Table → the column that places a row in time (null: the table has no period).
    private static readonly (string Table, string? DateColumn)[] Tables =
    [
        ("org_unit", null), ("appeal", "received_at"), ("appeal_measure", "completed_at"),
        ("queue_visit", "issued_at"), ("call_interval", "interval_start"), ("call_record", "started_at"),
        ("control_call", "called_at"), ("plan", null), ("form_definition", null), ("submission", "submitted_at"),
        ("answer", null), ("evidence", null), ("import_run", "started_at"), ("quarantine", "created_at"),
    ];

    private static readonly string StampSql = "SELECT concat_ws('|', " + string.Join(", ", Tables.Select(t => $"(SELECT count(*) FROM {t.Table})"))
        + ", (SELECT max(id) || ':' || max(coalesce(finished_at, started_at)) FROM import_run), (SELECT max(version) FROM schema_version))";

    // One reference, swapped whole, so concurrent page renders never see a stamp with another stamp's summary.
    private Cached? _cached;

    public StoreOverview Load()
    {
        using var connection = store.Open();
        var stamp = connection.ExecuteScalar<string>(StampSql) ?? "";
        if (_cached is { } hit && hit.Stamp == stamp) return hit.Overview;
        var overview = Read(connection, store.FilePath);
        _cached = new Cached(stamp, overview);
        return overview;
    }

    /// <summary>Reads the overview from the store, uncached (the dashboard benchmark's baseline uses it too).</summary>
    public static StoreOverview Read(DuckDBConnection connection, string path)
    {
        var counts = new List<TableCount>();
        foreach (var (table, column) in Tables)
        {
            // Identifiers come from the fixed list above, never from input.
            if (column is null)
            {
                counts.Add(new(table, connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}"), null, null,
                    new Dictionary<int, long>()));
                continue;
            }
            var years = connection.Query<(int Year, long Rows, DateTime First, DateTime Last)>(
                $"SELECT CAST(year({column}) AS INTEGER) AS y, count(*), min({column}), max({column}) FROM {table} " +
                $"WHERE {column} IS NOT NULL GROUP BY y ORDER BY y").AsList();
            var total = connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
            counts.Add(new(table, total, years.Count == 0 ? null : years.Min(y => y.First),
                years.Count == 0 ? null : years.Max(y => y.Last), years.ToDictionary(y => y.Year, y => y.Rows)));
        }
        var last = connection.QueryFirstOrDefault<LastImport>("""
            SELECT id AS Id, kind AS Kind, file_name AS FileName, started_at AS StartedAt, status AS Status,
                   read AS Read, stored AS Stored, duplicates AS Duplicates, rejected AS Rejected
            FROM import_run ORDER BY started_at DESC, id DESC LIMIT 1
            """);
        var version = connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version") ?? 0;
        return new(path, version, counts, last);
    }

    private sealed record Cached(string Stamp, StoreOverview Overview);
}
