using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Analytics.Engine.Queries;

/// <summary>
/// A figure with the text a person reads ("89,7 %", "в пределах допуска ±27,9 п.п.") and the value a file keeps
/// (0.8967, 0): the page shows <see cref="Text"/>, exports write <see cref="Value"/> at full precision.
/// </summary>
public sealed record Cell(object? Value, string Text)
{
    public override string ToString() => Text;
}

/// <summary>A table as shown on a page: column headers and rows of cell values, ready to export.</summary>
public sealed record TableView(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>
    /// Per row and column, the records behind a figure (null: none); on the page the number links there. Not
    /// exported — a file holds the figures, the page the way to their records.
    /// </summary>
    public IReadOnlyList<string?[]>? Links { get; init; }

    /// <summary>
    /// The note printed under the table for a marked value (e.g. "* период не завершён: данные по 03.12.2026"),
    /// from the catalogue; null when nothing in the table is marked.
    /// </summary>
    public string? Footnote { get; init; }

    /// <summary>The table with every number of a row linking to the row's records.</summary>
    public TableView WithLinks(Func<int, string?> row) => WithLinks((r, _) => row(r));

    /// <summary>The table with a drill-down address per number (row, column).</summary>
    public TableView WithLinks(Func<int, int, string?> cell) => this with
    {
        Links = [.. Rows.Select((row, r) => row.Select((value, c) => (value is Cell x ? x.Value : value) is long or int or double ? cell(r, c) : null).ToArray())],
    };

    /// <summary>The table with one column (e.g. a register number) linking each row to its own record.</summary>
    public TableView WithRowLinks(int column, Func<int, string?> row) => this with
    {
        Links = [.. Rows.Select((cells, r) => cells.Select((_, c) => c == column ? row(r) : null).ToArray())],
    };

    /// <summary>The address behind cell (row, column), or null.</summary>
    public string? LinkAt(int row, int column) => Links is { } links ? links[row][column] : null;

    /// <summary>The table as CSV (UTF-8 with BOM, so Excel opens Cyrillic correctly) or XLSX.</summary>
    public (byte[] Content, string ContentType, string FileName) Write(string format)
    {
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "csv":
                using (var writer = new StreamWriter(buffer, new UTF8Encoding(true), leaveOpen: true))
                {
                    writer.Write(CsvLine(Columns));
                    foreach (var row in Rows) writer.Write(CsvLine(row.Select(Format)));
                }
                return (buffer.ToArray(), "text/csv; charset=utf-8", Name + ".csv");
            case "xlsx":
                var sheet = Rows.Select(row => XlsxRecord(Columns, row)).ToList();
                buffer.SaveAs(sheet, sheetName: Name.Length > 31 ? Name[..31] : Name, excelType: ExcelType.XLSX);
                return (buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Name + ".xlsx");
            default:
                throw new ArgumentException($"Unknown export format '{format}': csv or xlsx.", nameof(format));
        }
    }

    /// <summary>
    /// RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes; formula-looking text is
    /// neutralised first (OWASP CSV injection, the Engine's rule). XLSX cells are written as strings, never formulas.
    /// </summary>
    /// <summary>One CSV line (fields neutralised and quoted, CRLF), as the page export and the background export write it.</summary>
    public static string CsvLine(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    /// <summary>One XLSX row keyed by header, dates as dates (MiniExcel writes strings as strings, never formulas).</summary>
    public static Dictionary<string, object?> XlsxRecord(IReadOnlyList<string> columns, object?[] row)
    {
        var record = new Dictionary<string, object?>(columns.Count);
        for (var i = 0; i < columns.Count; i++) record[columns[i]] = Unwrap(row[i]) is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : Unwrap(row[i]);
        return record;
    }

    private static string Quote(string value) => Quoted(Analytics.Engine.Store.Export.CsvInjection.Neutralise(value));

    public static string Quoted(string field) => field.IndexOfAny([',', '"', '\r', '\n']) < 0
        ? field
        : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static object? Unwrap(object? cell) => cell is Cell c ? c.Value : cell;

    public static string Format(object? cell) => Unwrap(cell) switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };
}
