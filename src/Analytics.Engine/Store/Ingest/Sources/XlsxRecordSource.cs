using System.Globalization;
using System.Text;
using System.Xml;
using Analytics.Engine.Store.Ingest.Sources.Xlsx;

namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// The first sheet of an XLSX workbook, streamed with an <see cref="XmlReader"/>; row 1 is the header, lines are sheet
/// rows. The declared dimension is ignored (only cells present are read, so a sparse <c>A1:XFD1048576</c> costs
/// nothing); a cell over the size limit rejects its row unread, like an over-long CSV line; broken XML in any part is a
/// "файл повреждён" refusal naming the part (ADR 0002).
/// </summary>
internal sealed class XlsxRecordSource : IRecordSource
{
    private const int MaxColumns = 16_384; // XFD
    private readonly XlsxPackage _package;
    private readonly XmlReader _sheet;
    private readonly SharedStringTable _shared;
    private readonly bool[] _dateStyles;
    private readonly int _maxCell;
    private readonly CancellationToken _ct;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _scratch = new();
    private readonly char[] _chunk = new char[64 * 1024];
    private readonly List<string> _row = [];
    private string[] _cells = [];
    private int _width = MaxColumns; // cells kept per row: the header's width once it is known
    private int _beyond;             // 1 + the last non-empty column past the width
    private long _nodes;

    public XlsxRecordSource(string fileName, Stream stream, int maxCellChars, CancellationToken ct,
        int spillAfterChars = SharedStringTable.InMemoryChars)
    {
        _maxCell = maxCellChars;
        _ct = ct;
        _package = new XlsxPackage(fileName, stream);
        try { _shared = XlsxParts.SharedStrings(_package, maxCellChars, ct, spillAfterChars); }
        catch { _package.Dispose(); throw; }
        _sheet = null!;
        try
        {
            _dateStyles = XlsxParts.DateStyles(_package);
            _sheet = _package.Open(_package.SheetPart)
                ?? throw new ImportRefusedException($"{fileName}: файл повреждён — нет листа {_package.SheetPart}. The workbook has no first sheet.");
            if (!NextRow()) throw new ImportRefusedException($"{fileName}: the workbook's first sheet is empty (no header row).");
            if (Problem is not null) throw new ImportRefusedException($"{fileName}: the header row cannot be read: {Problem}.");
        }
        catch
        {
            // The spilled table's temporary file and the zip go now, not at the finaliser's leisure.
            Dispose();
            throw;
        }
        var headers = _row.Select(h => h.Trim()).ToList();
        while (headers.Count > 0 && headers[^1].Length == 0) headers.RemoveAt(headers.Count - 1);
        Headers = [.. headers];
        _width = Math.Max(Headers.Length, 1);
    }

    public string[] Headers { get; }
    public IReadOnlyList<string> Notes => ["first sheet of the workbook"];
    public long Line { get; private set; }
    public int FieldCount => Math.Max(_cells.Length, _beyond);
    public string? Problem { get; private set; }
    public string? ProblemColumn { get; private set; }
    public string GetField(int index) => index < _cells.Length ? _cells[index] : "";

    public bool Read()
    {
        while (NextRow())
        {
            if (Problem is null && _beyond == 0 && _row.All(string.IsNullOrWhiteSpace)) continue;
            // Trailing empty cells beyond the header are formatting, not data.
            var count = Math.Max(Headers.Length, LastNonEmpty() + 1);
            _cells = new string[count];
            for (var i = 0; i < count; i++) _cells[i] = i < _row.Count ? _row[i] : "";
            return true;
        }
        return false;
    }

    public string RawText() => string.Join(" | ", _cells);

    /// <summary>Reads the next <c>&lt;row&gt;</c> into <see cref="_row"/>; false at the end of the sheet data.</summary>
    private bool NextRow()
    {
        try
        {
            while (true)
            {
                if (!_sheet.Read()) return false;
                Tick();
                if (_sheet.NodeType == XmlNodeType.Element && _sheet.LocalName == "row") break;
                if (_sheet.NodeType == XmlNodeType.EndElement && _sheet.LocalName == "sheetData") return false;
            }
            Line = long.TryParse(_sheet.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : Line + 1;
            _row.Clear();
            _beyond = 0;
            Problem = ProblemColumn = null;
            if (_sheet.IsEmptyElement) return true;
            var depth = _sheet.Depth;
            var next = 0;
            while (_sheet.Read() && _sheet.Depth > depth)
            {
                Tick();
                if (_sheet.NodeType != XmlNodeType.Element || _sheet.LocalName != "c") continue;
                var reference = _sheet.GetAttribute("r");
                var column = reference is null ? next : ColumnOf(reference);
                next = column + 1;
                var value = Cell(_sheet.GetAttribute("t"), _sheet.GetAttribute("s"), out var problem);
                if (problem is not null && Problem is null)
                {
                    Problem = $"cell {reference ?? $"#{column + 1}"}: {problem}";
                    ProblemColumn = Headers is not null && column < Headers.Length ? Headers[column] : null;
                }
                if (value.Length == 0) continue;
                if (column >= _width) { _beyond = Math.Max(_beyond, Math.Min(column, MaxColumns) + 1); continue; }
                while (_row.Count <= column) _row.Add("");
                _row[column] = value;
            }
            return true;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or NotSupportedException)
        {
            throw XlsxPackage.Damaged(_package.FileName, _package.SheetPart, ex);
        }
    }

    /// <summary>The text of the current <c>&lt;c&gt;</c> element, with a problem when it cannot be read.</summary>
    private string Cell(string? type, string? style, out string? problem)
    {
        problem = null;
        if (_sheet.IsEmptyElement) return "";
        string? raw = null;
        var oversized = false;
        var depth = _sheet.Depth;
        while (_sheet.Read() && _sheet.Depth > depth)
        {
            if (_sheet.NodeType != XmlNodeType.Element) continue;
            if (_sheet.LocalName == "v")
            {
                _text.Clear();
                if (ChunkedText.AppendText(_sheet, _text, _maxCell, _chunk, _ct)) raw = _text.ToString();
                else oversized = true;
            }
            else if (_sheet.LocalName == "is")
            {
                raw = XlsxParts.ReadItem(_sheet, _text, _chunk, _maxCell);
                oversized |= raw is null;
            }
            else ChunkedText.AppendText(_sheet, _scratch, 0, _chunk, _ct); // a formula: its cached value is in <v>
        }
        if (oversized) { problem = Analytics.Engine.Vocabulary.ImportReasons.Text("cell_too_long", _maxCell); return ""; }
        if (raw is null) return "";
        switch (type)
        {
            case "s":
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _shared.Count)
                {
                    problem = Analytics.Engine.Vocabulary.ImportReasons.Text("missing_shared_string", raw);
                    return "";
                }
                if (_shared[index] is { } shared) return shared;
                problem = Analytics.Engine.Vocabulary.ImportReasons.Text("cell_too_long", _maxCell);
                return "";
            case "b":
                return raw == "1" ? "true" : "false";
            case "str" or "inlineStr" or "e" or "d":
                return raw;
            default:
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
                var isDate = int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < _dateStyles.Length && _dateStyles[s];
                return isDate && number is > -657435 and < 2958466 ? CellText.Of(DateTime.FromOADate(number)) : CellText.Of(number);
        }
    }

    private void Tick()
    {
        if ((++_nodes & 0xFFFF) == 0) _ct.ThrowIfCancellationRequested();
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
            if (column > MaxColumns) return MaxColumns;
        }
        return Math.Max(column - 1, 0);
    }

    private int LastNonEmpty()
    {
        for (var i = _row.Count - 1; i >= 0; i--) if (!string.IsNullOrWhiteSpace(_row[i])) return i;
        return -1;
    }

    public void Dispose()
    {
        _sheet?.Dispose();
        _shared.Dispose();
        _package.Dispose();
    }
}
