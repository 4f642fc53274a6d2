using System.Data;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// The erasure's reach into finished background exports (#21.6): a file is changed only when it holds the person —
/// a row with one of the erased values as a whole word (<see cref="ErasureScrub"/>'s rule) — and every other export is
/// left byte for byte as it was. CSV and Parquet are rewritten without the person's rows (the other rows keep their
/// bytes, or their values); an XLSX cannot be rewritten without re-rendering the whole workbook, so a workbook that
/// holds the person is withdrawn instead (file deleted, the job says why). A file that cannot be read is withdrawn
/// too: nobody can show it is clean.
/// </summary>
internal static class ExportErasure
{
    /// <summary>What the erasure does to one finished export.</summary>
    public enum Change { None, Rewritten, Withdrawn }

    /// <summary>One export's fate: for a rewrite, the new file (moved over the old one after the commit) and rows removed.</summary>
    public sealed record Plan(long Id, string Path, Change Change, string? Rewritten = null, long Removed = 0);

    /// <summary>Decides, and for CSV/Parquet prepares, every finished export's change; records it on the jobs in <paramref name="tx"/>.</summary>
    public static IReadOnlyList<Plan> Prepare(IDbConnection c, IDbTransaction tx, IReadOnlyList<string> values)
    {
        var words = ErasureScrub.Words(values);
        if (words.Count == 0) return [];
        var matcher = ErasureScrub.Matcher(words);
        var pattern = ErasureScrub.Pattern(words);
        var plans = new List<Plan>();
        foreach (var (id, format, path) in c.Query<(long, string, string)>(
                     "SELECT id, format, file_path FROM export_job WHERE state = 'completed' AND file_path IS NOT NULL ORDER BY id", transaction: tx))
        {
            if (!File.Exists(path)) continue;
            var plan = PlanFor(id, format, path, matcher, pattern);
            if (plan.Change == Change.Rewritten)
                c.Execute("""
                    UPDATE export_job SET rows_written = greatest(rows_written - $removed, 0),
                        rows_total = CASE WHEN rows_total IS NULL THEN NULL ELSE greatest(rows_total - $removed, 0) END,
                        size_bytes = $size, message = $message WHERE id = $id
                    """, new { id, removed = plan.Removed, size = new FileInfo(plan.Rewritten!).Length,
                    message = ConsumerErasure.RowsErasedMessage(plan.Removed) }, tx);
            else if (plan.Change == Change.Withdrawn)
                c.Execute("UPDATE export_job SET state = 'expired', file_path = NULL, message = $message WHERE id = $id",
                    new { id, message = ConsumerErasure.ExportsErasedMessage }, tx);
            plans.Add(plan);
        }
        return plans;
    }

    /// <summary>After the commit: rewritten files replace the old ones, withdrawn files go.</summary>
    public static void Finish(IEnumerable<Plan> plans)
    {
        foreach (var plan in plans)
            switch (plan.Change)
            {
                case Change.Rewritten: File.Move(plan.Rewritten!, plan.Path, overwrite: true); break;
                case Change.Withdrawn:
                    foreach (var path in new[] { plan.Path, plan.Path + ".partial" })
                        if (File.Exists(path)) File.Delete(path);
                    break;
            }
    }

    /// <summary>Drops prepared files when the erasure's transaction did not commit.</summary>
    public static void Abandon(IEnumerable<Plan> plans)
    {
        foreach (var plan in plans)
            if (plan.Rewritten is { } file && File.Exists(file)) File.Delete(file);
    }

    private static Plan PlanFor(long id, string format, string path, Regex matcher, string pattern)
    {
        var target = path + ".erasing";
        try
        {
            var removed = format switch
            {
                "csv" => RewriteCsv(path, target, matcher),
                "parquet" => RewriteParquet(path, target, pattern),
                _ => XlsxHolds(path, matcher) ? -1 : 0,
            };
            if (removed == 0) { File.Delete(target); return new Plan(id, path, Change.None); }
            if (removed < 0) { File.Delete(target); return new Plan(id, path, Change.Withdrawn); }
            return new Plan(id, path, Change.Rewritten, target, removed);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or DuckDBException or ArgumentException
                                      or System.Xml.XmlException or InvalidOperationException)
        {
            if (File.Exists(target)) File.Delete(target);
            return new Plan(id, path, Change.Withdrawn);
        }
    }

    /// <summary>
    /// Copies <paramref name="path"/> to <paramref name="target"/> record by record (RFC 4180: a quoted field may hold line
    /// breaks), leaving out data records that hold the person; kept records — the header always — are copied as they were
    /// read, BOM included, so their bytes do not change. Returns the records left out.
    /// </summary>
    private static long RewriteCsv(string path, string target, Regex matcher)
    {
        var bom = HasUtf8Bom(path);
        long removed = 0;
        using (var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true))
        using (var writer = new StreamWriter(target, false, new UTF8Encoding(bom)))
        {
            var header = true;
            foreach (var record in CsvRecords.Read(reader))
            {
                if (!header && CsvRecords.Fields(record).Any(matcher.IsMatch)) { removed++; continue; }
                writer.Write(record);
                header = false;
            }
        }
        return removed;
    }

    private static bool HasUtf8Bom(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var file = File.OpenRead(path);
        return file.Read(head) == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    }

    /// <summary>
    /// Parquet exports are all text (<see cref="Store.Export.ParquetFromCsv"/>): a private in-memory DuckDB counts the
    /// rows in which any column holds the person and, if there are any, copies the others in their order to a new file.
    /// </summary>
    private static long RewriteParquet(string path, string target, string pattern)
    {
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        db.Execute("SET memory_limit = '256MB'; SET threads = 1; SET preserve_insertion_order = true");
        var source = $"read_parquet('{Literal(path)}')";
        var columns = db.Query<string>($"SELECT column_name FROM (DESCRIBE SELECT * FROM {source})").ToList();
        var holds = string.Join(" OR ", columns.Select(col =>
            $"coalesce(regexp_matches(CAST(\"{col.Replace("\"", "\"\"", StringComparison.Ordinal)}\" AS VARCHAR), '{Literal(pattern)}'), false)"));
        var removed = db.ExecuteScalar<long>($"SELECT count(*) FROM {source} WHERE {holds}");
        if (removed > 0)
            db.Execute($"COPY (SELECT * FROM {source} WHERE NOT ({holds})) TO '{Literal(target)}' (FORMAT parquet)");
        return removed;
    }

    /// <summary>Whether any cell of the workbook holds the person (read row by row, never the whole sheet at once).</summary>
    private static bool XlsxHolds(string path, Regex matcher)
    {
        foreach (var row in MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX))
            foreach (var cell in (IDictionary<string, object?>)row)
                if (cell.Value is { } value && Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { } text
                    && matcher.IsMatch(text))
                    return true;
        return false;
    }

    private static string Literal(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
