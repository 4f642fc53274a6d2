using Apache.Arrow;
using Apache.Arrow.Ipc;
using Dapper;
using DuckDB.NET.Data;
using MiniExcelLibs;

namespace Analytics.Engine.Store.Export;

/// <summary>
/// Exports any table of the store to CSV or Parquet (DuckDB <c>COPY … TO</c>), Arrow IPC (Apache.Arrow writer) or
/// XLSX (MiniExcel), chosen by the output file's extension. The table name is checked against
/// information_schema and quoted; it is never pasted into SQL unchecked.
/// </summary>
public sealed class ExportService(AnalyticsStore store)
{
    public static readonly string[] Extensions = [".csv", ".xlsx", ".parquet", ".arrow"];

    /// <summary>Tables that can be exported.</summary>
    public IReadOnlyList<string> Tables()
    {
        using var connection = store.Open();
        return [.. connection.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name")];
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="outPath"/>; returns the number of rows.</summary>
    /// <exception cref="ArgumentException">Unknown table or unsupported extension.</exception>
    public long Export(string table, string outPath)
    {
        var extension = Path.GetExtension(outPath).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new ArgumentException($"Unsupported export format '{extension}'. Use one of {string.Join(", ", Extensions)}.", nameof(outPath));
        var tables = Tables();
        var name = tables.FirstOrDefault(t => t.Equals(table, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown table '{table}'. Tables: {string.Join(", ", tables)}.", nameof(table));
        var quoted = "\"" + name + "\"";
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        using var connection = store.Open();
        var rows = connection.ExecuteScalar<long>($"SELECT count(*) FROM {quoted}");
        switch (extension)
        {
            case ".csv":
                connection.Execute($"COPY ({CsvSelect(connection, name, quoted)}) TO '{Literal(outPath)}' (FORMAT csv, HEADER true, DATEFORMAT '%Y-%m-%d', TIMESTAMPFORMAT '%Y-%m-%d %H:%M:%S')");
                break;
            case ".parquet":
                connection.Execute($"COPY {quoted} TO '{Literal(outPath)}' (FORMAT parquet)");
                break;
            case ".arrow":
                WriteArrow(connection, quoted, outPath);
                break;
            default:
                WriteXlsx(connection, quoted, outPath);
                break;
        }
        return rows;
    }

    private static void WriteXlsx(DuckDBConnection connection, string quoted, string outPath)
    {
        using var reader = connection.ExecuteReader($"SELECT * FROM {quoted}");
        File.Delete(outPath);
        MiniExcel.SaveAs(outPath, reader);
    }

    private static void WriteArrow(DuckDBConnection connection, string quoted, string outPath)
    {
        using var reader = connection.ExecuteReader($"SELECT * FROM {quoted}");
        var builder = new ArrowBatchBuilder(reader);
        using var file = File.Create(outPath);
        using var writer = new ArrowFileWriter(file, builder.Schema);
        writer.WriteStart();
        while (builder.Next(64 * 1024) is { } batch)
        {
            using (batch) writer.WriteRecordBatch(batch);
        }
        writer.WriteEnd();
    }

    /// <summary>Every column, text columns with formula-looking values neutralised (<see cref="CsvInjection"/>).</summary>
    private static string CsvSelect(DuckDBConnection connection, string name, string quoted)
    {
        var columns = connection.Query<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $name ORDER BY ordinal_position",
            new { name });
        var list = columns.Select(c =>
        {
            var column = "\"" + c.Name.Replace("\"", "\"\"") + "\"";
            return c.Type == "VARCHAR" ? $"{CsvInjection.SqlExpression(column)} AS {column}" : column;
        });
        return $"SELECT {string.Join(", ", list)} FROM {quoted}";
    }

    private static string Literal(string path) => Path.GetFullPath(path).Replace("'", "''");
}
