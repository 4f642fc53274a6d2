using MiniExcelLibs;

namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>The first sheet of an XLSX workbook through MiniExcel; row 1 is the header, lines are sheet rows.</summary>
internal sealed class XlsxRecordSource : IRecordSource
{
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly Stream _stream;
    private string[] _cells = [];
    private long _row = 1;

    public XlsxRecordSource(string fileName, Stream stream)
    {
        _stream = stream;
        try
        {
            _rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().GetEnumerator();
            if (!_rows.MoveNext()) throw new ImportRefusedException($"{fileName}: the workbook's first sheet is empty (no header row).");
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new ImportRefusedException($"{fileName}: not a readable .xlsx workbook ({ex.Message}).", ex);
        }
        _columns = [.. _rows.Current.Keys];
        Headers = [.. _columns.Select(k => CellText.Of(_rows.Current[k]).Trim())];
        while (Headers.Length > 0 && Headers[^1].Length == 0) Headers = Headers[..^1];
    }

    private readonly string[] _columns;

    public string[] Headers { get; }
    public IReadOnlyList<string> Notes => ["first sheet of the workbook"];
    public long Line => _row;
    public int FieldCount => _cells.Length;
    public string? Problem => null;
    public string GetField(int index) => _cells[index];

    public bool Read()
    {
        while (_rows.MoveNext())
        {
            _row++;
            var row = _rows.Current;
            var cells = _columns.Select(k => row.TryGetValue(k, out var v) ? CellText.Of(v) : "").ToArray();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            // Trailing empty cells beyond the header are formatting, not data.
            var count = Math.Max(Headers.Length, LastNonEmpty(cells) + 1);
            _cells = cells.Length == count ? cells : cells[..count];
            return true;
        }
        return false;
    }

    public string RawText() => string.Join(" | ", _cells);

    private static int LastNonEmpty(string[] cells)
    {
        for (var i = cells.Length - 1; i >= 0; i--) if (!string.IsNullOrWhiteSpace(cells[i])) return i;
        return -1;
    }

    public void Dispose()
    {
        _rows.Dispose();
        _stream.Dispose();
    }
}
