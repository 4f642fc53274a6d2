using Analytics.Engine.Store.Ingest.Parsing;
using Analytics.Engine.Store.Ingest.Schemas;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest.Writing;

/// <summary>
/// Appends typed rows to a staging table (<c>database.table</c>) through the DuckDB Appender. Staging lives outside
/// the batch transaction; only the merge into the real tables is transactional.
/// </summary>
internal sealed class StagingAppender(DuckDBConnection connection, string qualifiedTable, FieldType[] types) : IDisposable
{
    private DuckDBAppender? _appender;

    public long Rows { get; private set; }

    public void Append(long line, ReadOnlySpan<FieldValue> values)
    {
        _appender ??= Create();
        var row = _appender.CreateRow().AppendValue(line);
        for (var i = 0; i < types.Length; i++)
        {
            ref readonly var v = ref values[i];
            if (v.IsNull) { row.AppendNullValue(); continue; }
            switch (types[i])
            {
                case FieldType.Integer: row.AppendValue(v.Integer); break;
                case FieldType.Double: row.AppendValue(v.Double); break;
                case FieldType.Boolean: row.AppendValue(v.Boolean); break;
                case FieldType.Date or FieldType.Timestamp: row.AppendValue(v.Time); break;
                default: row.AppendValue(v.Text); break;
            }
        }
        row.EndRow();
        Rows++;
    }

    public void ResetRows() => Rows = 0;

    private DuckDBAppender Create()
    {
        var dot = qualifiedTable.IndexOf('.');
        return dot < 0 ? connection.CreateAppender(qualifiedTable) : connection.CreateAppender(qualifiedTable[..dot], "main", qualifiedTable[(dot + 1)..]);
    }

    /// <summary>Flushes what was appended; the next append opens a new appender.</summary>
    public void Flush()
    {
        _appender?.Dispose();
        _appender = null;
    }

    /// <summary>Staging column type: integers are BIGINT and dates TIMESTAMP so the Appender's exact-type rule is easy to meet.</summary>
    public static string SqlType(FieldType type) => type switch
    {
        FieldType.Integer => "BIGINT",
        FieldType.Date => "TIMESTAMP",
        _ => type.SqlType(),
    };

    public void Dispose() => Flush();
}
