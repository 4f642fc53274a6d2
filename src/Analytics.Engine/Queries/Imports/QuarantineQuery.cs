using Analytics.Engine.Store;
using Dapper;

namespace Analytics.Engine.Queries.Imports;

public sealed record QuarantineRow(long Id, long ImportId, string Kind, string FileName, long Line,
    string? ColumnName, string Reason, string? Raw, DateTime CreatedAt);

public sealed record QuarantinePage(IReadOnlyList<QuarantineRow> Rows, long Total);

public sealed record ImportRunRow(long Id, string Kind, string FileName, DateTime StartedAt, string Status,
    long Read, long Stored, long Duplicates, long Rejected);

/// <summary>Rejected rows with their reasons, newest import first, a page at a time.</summary>
public sealed class QuarantineQuery(AnalyticsStore store)
{
    public QuarantinePage Page(long? importId, string? search, int skip, int take)
    {
        using var connection = store.Open();
        const string filter = """
            WHERE ($import IS NULL OR import_id = $import)
              AND ($search IS NULL OR reason ILIKE '%' || $search || '%' OR raw ILIKE '%' || $search || '%'
                   OR column_name ILIKE '%' || $search || '%')
            """;
        var args = new { import = importId, search = string.IsNullOrWhiteSpace(search) ? null : search.Trim(), skip, take };
        var total = connection.ExecuteScalar<long>($"SELECT count(*) FROM quarantine {filter}", args);
        var rows = connection.Query<QuarantineRow>($"""
            SELECT id AS Id, import_id AS ImportId, kind AS Kind, file_name AS FileName, line AS Line,
                   column_name AS ColumnName, reason AS Reason, raw AS Raw, created_at AS CreatedAt
            FROM quarantine {filter}
            ORDER BY import_id DESC, line, id LIMIT $take OFFSET $skip
            """, args).AsList();
        return new(rows, total);
    }

    public IReadOnlyList<ImportRunRow> RecentRuns(int take = 50)
    {
        using var connection = store.Open();
        return [.. connection.Query<ImportRunRow>("""
            SELECT id AS Id, kind AS Kind, file_name AS FileName, started_at AS StartedAt, status AS Status,
                   read AS Read, stored AS Stored, duplicates AS Duplicates, rejected AS Rejected
            FROM import_run ORDER BY id DESC LIMIT $take
            """, new { take })];
    }
}
