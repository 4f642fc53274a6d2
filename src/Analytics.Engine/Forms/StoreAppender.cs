using System.Collections.Concurrent;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Forms;

/// <summary>
/// Rows given by column name, written with DuckDB's appender in the table's own column order: columns the caller does
/// not name (added by a later migration) get their default, so the writer keeps working when a table grows.
/// </summary>
internal static class StoreAppender
{
    private static readonly ConcurrentDictionary<(string Database, string Table), string[]> Layouts = new();

    /// <summary>Appends inside the connection's open transaction (the appender joins it), flushed before returning.</summary>
    public static void Append(DuckDBConnection c, DuckDBTransaction tx, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext()) return;
        var layout = Layouts.GetOrAdd((c.DataSource, table), key => [.. c.Query<string>(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = $t ORDER BY column_index", new { t = key.Table }, tx)]);
        var position = layout.Select(name => Array.IndexOf(columns, name)).ToArray();
        using var appender = c.CreateAppender(table);
        do
        {
            var values = enumerator.Current;
            var row = appender.CreateRow();
            foreach (var i in position) row = i < 0 ? row.AppendDefault() : Value(row, values[i]);
            row.EndRow();
        } while (enumerator.MoveNext());
    }

    private static IDuckDBAppenderRow Value(IDuckDBAppenderRow row, object? value) => value switch
    {
        null => row.AppendNullValue(),
        string s => row.AppendValue(s),
        int i => row.AppendValue(i),
        long l => row.AppendValue(l),
        double d => row.AppendValue(d),
        bool b => row.AppendValue(b),
        DateTime t => row.AppendValue(t),
        byte[] bytes => row.AppendValue(bytes),
        _ => throw new NotSupportedException($"No appender mapping for {value.GetType().Name}."),
    };
}
