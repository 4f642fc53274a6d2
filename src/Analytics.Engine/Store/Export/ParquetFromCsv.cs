using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Export;

/// <summary>
/// Turns an RFC 4180 CSV with a header row (UTF-8, every column text) into a Parquet file. There is no Parquet writer
/// among our packages, but DuckDB's <c>read_csv</c> → <c>COPY … (FORMAT parquet)</c> streams: it reads and writes in
/// row groups, so memory stays bounded whatever the size. Runs on a private in-memory DuckDB, never on the store.
/// Columns stay text (all_varchar): the CSV holds values already shaped for people (labels, masked data), and
/// guessing types back from them would turn a register number "007" into 7.
/// </summary>
public static class ParquetFromCsv
{
    /// <summary>Writes <paramref name="parquetPath"/> from <paramref name="csvPath"/>; returns the rows written.</summary>
    public static long Convert(string csvPath, string parquetPath)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var limit = connection.CreateCommand())
        {
            // Bounded memory: DuckDB spills beyond this rather than growing.
            limit.CommandText = "SET memory_limit = '256MB'; SET threads = 1";
            limit.ExecuteNonQuery();
        }
        using var copy = connection.CreateCommand();
        copy.CommandText = $"""
            COPY (SELECT * FROM read_csv('{Literal(csvPath)}', header = true, all_varchar = true, delim = ',', quote = '"',
                escape = '"'))
            TO '{Literal(parquetPath)}' (FORMAT parquet)
            """;
        copy.ExecuteNonQuery();
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM read_parquet('{Literal(parquetPath)}')";
        return System.Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Literal(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
