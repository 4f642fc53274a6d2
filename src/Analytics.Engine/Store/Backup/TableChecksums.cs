using System.Data;
using Dapper;

namespace Analytics.Engine.Store.Backup;

/// <summary>
/// Row counts and content checksums of every table, read on the caller's connection (and transaction, so a backup's
/// figures and its export see one snapshot).
/// </summary>
internal static class TableChecksums
{
    /// <summary>
    /// The checksum, documented in the manifest: over every row, MD5 of the row as DuckDB text
    /// (<c>CAST(t AS VARCHAR)</c>), the upper and lower 64 bits each summed as a 128-bit integer. A sum is
    /// independent of the physical row order (no ORDER BY over every column of a 28 M-row table), yet any changed,
    /// added, removed or duplicated row changes it; MD5 of the text form is stable across DuckDB versions, unlike
    /// DuckDB's internal <c>hash()</c>.
    /// </summary>
    public const string Method = "md5-row-sum: sum(md5_number_upper(row::VARCHAR)):sum(md5_number_lower(row::VARCHAR))";

    public static IReadOnlyList<string> Tables(IDbConnection connection, IDbTransaction? transaction = null) =>
        [.. connection.Query<string>("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name
            """, transaction: transaction)];

    public static BackupTable Of(IDbConnection connection, string table, IDbTransaction? transaction = null)
    {
        var name = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var row = connection.QuerySingle<(long Rows, string Upper, string Lower)>($"""
            SELECT count(*),
                   CAST(coalesce(sum(CAST(md5_number_upper(CAST(t AS VARCHAR)) AS HUGEINT)), 0) AS VARCHAR),
                   CAST(coalesce(sum(CAST(md5_number_lower(CAST(t AS VARCHAR)) AS HUGEINT)), 0) AS VARCHAR)
            FROM {name} AS t
            """, transaction: transaction);
        return new BackupTable(table, row.Rows, row.Upper + ":" + row.Lower);
    }

    public static IReadOnlyList<BackupTable> All(IDbConnection connection, IDbTransaction? transaction = null) =>
        [.. Tables(connection, transaction).Select(t => Of(connection, t, transaction))];
}
