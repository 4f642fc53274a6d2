using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>An Arrow IPC file (<c>.arrow</c>, <c>.feather</c> v2), batch by batch; lines count records from 2.</summary>
internal sealed class ArrowRecordSource : IRecordSource
{
    private readonly ArrowFileReader _reader;
    private RecordBatch? _batch;
    private int _index;
    private long _line = 1;
    private readonly string[] _cells;

    public ArrowRecordSource(string fileName, Stream stream)
    {
        try
        {
            _reader = new ArrowFileReader(stream, leaveOpen: false);
            Headers = [.. _reader.Schema.FieldsList.Select(f => f.Name)];
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new ImportRefusedException($"{fileName}: not a readable Arrow IPC file ({ex.Message}).", ex);
        }
        _cells = new string[Headers.Length];
    }

    public string[] Headers { get; }
    public IReadOnlyList<string> Notes => ["Arrow IPC file"];
    public long Line => _line;
    public int FieldCount => _cells.Length;
    public string? Problem => null;
    public string GetField(int index) => _cells[index];

    public bool Read()
    {
        while (_batch is null || _index >= _batch.Length)
        {
            _batch?.Dispose();
            _batch = _reader.ReadNextRecordBatch();
            _index = 0;
            if (_batch is null) return false;
        }
        for (var c = 0; c < _cells.Length; c++) _cells[c] = CellText.Of(Value(_batch.Column(c), _index));
        _index++;
        _line++;
        return true;
    }

    private static object? Value(IArrowArray array, int i) => array.IsNull(i) ? null : array switch
    {
        StringArray a => a.GetString(i),
        LargeStringArray a => a.GetString(i),
        TimestampArray a => a.GetTimestamp(i)?.DateTime,
        Date32Array a => a.GetDateTime(i),
        Date64Array a => a.GetDateTime(i),
        BooleanArray a => a.GetValue(i),
        Int8Array a => a.GetValue(i),
        Int16Array a => a.GetValue(i),
        Int32Array a => a.GetValue(i),
        Int64Array a => a.GetValue(i),
        UInt8Array a => a.GetValue(i),
        UInt16Array a => a.GetValue(i),
        UInt32Array a => a.GetValue(i),
        UInt64Array a => a.GetValue(i),
        FloatArray a => a.GetValue(i),
        DoubleArray a => a.GetValue(i),
        Decimal128Array a => a.GetValue(i),
        _ => throw new ImportRefusedException($"Arrow column type {array.Data.DataType.Name} is not supported."),
    };

    public string RawText() => string.Join(" | ", _cells);

    public void Dispose()
    {
        _batch?.Dispose();
        _reader.Dispose();
    }
}
