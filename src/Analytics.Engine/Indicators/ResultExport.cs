using Analytics.Engine.Store;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Dapper;

namespace Analytics.Engine.Indicators;

/// <summary>
/// Exports <c>indicator_result</c> for pandas / Polars / Power BI users: Parquet through DuckDB's own writer,
/// Arrow IPC (file format) through Apache.Arrow. Both carry the methodology id and version of every row.
/// </summary>
public static class ResultExport
{
    private const string Columns = """
        methodology_id, methodology_version, level, unit_code, granularity, period_start, item_kind, item_id,
        value, n, lower, upper, coverage, score, insufficient
        """;

    /// <summary>Writes the results to a Parquet file; returns the number of rows.</summary>
    public static long ToParquet(AnalyticsStore store, string path)
    {
        using var connection = store.Open();
        var n = connection.ExecuteScalar<long>("SELECT count(*) FROM indicator_result");
        connection.Execute($"COPY (SELECT {Columns} FROM indicator_result ORDER BY ALL) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)");
        return n;
    }

    /// <summary>Writes the results to an Arrow IPC file; returns the number of rows.</summary>
    public static long ToArrow(AnalyticsStore store, string path)
    {
        using var connection = store.Open();
        var rows = connection.Query<(string Mid, int Mv, string Level, string Unit, string Gran, DateTime Period, string Kind, string Item,
            double? Value, long N, double? Lower, double? Upper, double? Coverage, double? Score, bool Insufficient)>(
            $"SELECT {Columns} FROM indicator_result ORDER BY ALL").ToList();
        var batch = new RecordBatch.Builder()
            .Append("methodology_id", false, c => c.String(a => a.AppendRange(rows.Select(r => r.Mid))))
            .Append("methodology_version", false, c => c.Int32(a => a.AppendRange(rows.Select(r => r.Mv))))
            .Append("level", false, c => c.String(a => a.AppendRange(rows.Select(r => r.Level))))
            .Append("unit_code", false, c => c.String(a => a.AppendRange(rows.Select(r => r.Unit))))
            .Append("granularity", false, c => c.String(a => a.AppendRange(rows.Select(r => r.Gran))))
            .Append("period_start", false, c => c.Date32(a => a.AppendRange(rows.Select(r => DateOnly.FromDateTime(r.Period)))))
            .Append("item_kind", false, c => c.String(a => a.AppendRange(rows.Select(r => r.Kind))))
            .Append("item_id", false, c => c.String(a => a.AppendRange(rows.Select(r => r.Item))))
            .Append("value", true, c => c.Double(a => Nullable(a, rows.Select(r => r.Value))))
            .Append("n", false, c => c.Int64(a => a.AppendRange(rows.Select(r => r.N))))
            .Append("lower", true, c => c.Double(a => Nullable(a, rows.Select(r => r.Lower))))
            .Append("upper", true, c => c.Double(a => Nullable(a, rows.Select(r => r.Upper))))
            .Append("coverage", true, c => c.Double(a => Nullable(a, rows.Select(r => r.Coverage))))
            .Append("score", true, c => c.Double(a => Nullable(a, rows.Select(r => r.Score))))
            .Append("insufficient", false, c => c.Boolean(a => a.AppendRange(rows.Select(r => r.Insufficient))))
            .Build();
        using var stream = File.Create(path);
        using var writer = new ArrowFileWriter(stream, batch.Schema);
        writer.WriteRecordBatch(batch);
        writer.WriteEnd();
        return rows.Count;
    }

    private static void Nullable(DoubleArray.Builder builder, IEnumerable<double?> values)
    {
        foreach (var v in values)
            if (v is { } x) builder.Append(x);
            else builder.AppendNull();
    }
}
