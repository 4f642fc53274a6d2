using System.Text;
using Dashboard.Records;
using MiniExcelLibs;

namespace Dashboard.Export;

/// <summary>
/// Streams the pages of a records view into one file, writing each page before the next is read, so memory holds one
/// page whatever the total. CSV: the page export's line writer (<see cref="TableView.CsvLine"/>: formula-looking
/// text neutralised, RFC 4180 quoting, UTF-8 with BOM). XLSX: MiniExcel fed a lazy sequence — its OpenXML writer
/// writes rows as it enumerates them into the zip entry rather than building the sheet in memory. Parquet: the rows
/// go to a plain text CSV first, then the Engine's <see cref="Analytics.Engine.Store.Export.ParquetFromCsv"/>.
/// </summary>
internal static class RecordFile
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(string format) => format switch
    {
        "csv" => "text/csv; charset=utf-8",
        "xlsx" => XlsxType,
        _ => "application/vnd.apache.parquet",
    };

    /// <summary>Writes every page to <paramref name="path"/>; <paramref name="progress"/> gets (written, total) after each page.</summary>
    public static long Write(string format, string path, IEnumerable<RecordPage> pages, Action<long, long> progress)
    {
        switch (format)
        {
            case "csv":
                using (var file = new StreamWriter(path, false, new UTF8Encoding(true)))
                    return WriteCsv(file, pages, progress, neutralise: true);
            case "xlsx":
                long written = 0;
                using (var stream = File.Create(path))
                    stream.SaveAs(Records(pages, progress, () => written++), sheetName: "records", excelType: ExcelType.XLSX);
                return written;
            case "parquet":
                var text = path + ".csv";
                try
                {
                    long rows;
                    using (var file = new StreamWriter(text, false, new UTF8Encoding(false)))
                        rows = WriteCsv(file, pages, progress, neutralise: false);
                    Analytics.Engine.Store.Export.ParquetFromCsv.Convert(text, path);
                    return rows;
                }
                finally { File.Delete(text); }
            default:
                throw new ArgumentException($"Unknown export format '{format}': csv, xlsx or parquet.", nameof(format));
        }
    }

    // Parquet keeps the data as it is (no spreadsheet runs it as a formula), so its intermediate text is not neutralised.
    private static long WriteCsv(StreamWriter file, IEnumerable<RecordPage> pages, Action<long, long> progress, bool neutralise)
    {
        long written = 0;
        var header = false;
        foreach (var page in pages)
        {
            if (!header) { file.Write(Line(page.View.Columns, neutralise)); header = true; }
            foreach (var row in page.View.Rows) file.Write(Line(row.Select(TableView.Format), neutralise));
            written += page.View.Rows.Count;
            file.Flush();
            progress(written, page.Total);
        }
        return written;
    }

    private static string Line(IEnumerable<string> fields, bool neutralise) => neutralise
        ? TableView.CsvLine(fields)
        : string.Join(',', fields.Select(TableView.Quoted)) + "\r\n";

    private static IEnumerable<Dictionary<string, object?>> Records(IEnumerable<RecordPage> pages, Action<long, long> progress, Action counted)
    {
        long written = 0;
        foreach (var page in pages)
        {
            foreach (var row in page.View.Rows) { counted(); yield return TableView.XlsxRecord(page.View.Columns, row); }
            written += page.View.Rows.Count;
            progress(written, page.Total);
        }
    }
}
