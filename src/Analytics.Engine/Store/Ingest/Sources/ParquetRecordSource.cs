using System.Data.Common;
using DuckDB.NET.Data;

namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// A Parquet file read as rows through DuckDB's <c>read_parquet</c> on a private in-memory database,
/// so reading never touches (or locks) the store. Lines count records from 2.
/// </summary>
internal sealed class ParquetRecordSource : IRecordSource
{
    private readonly DuckDBConnection _connection;
    private readonly DuckDBCommand _command;
    private readonly DbDataReader _reader;
    private readonly string[] _cells;
    private long _line = 1;

    public ParquetRecordSource(string fileName, string path)
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = "SELECT * FROM read_parquet($path)";
        _command.Parameters.Add(new DuckDBParameter("path", path));
        try
        {
            _reader = _command.ExecuteReader();
        }
        catch (DuckDBException ex)
        {
            Dispose();
            throw new ImportRefusedException($"{fileName}: not a readable Parquet file ({ex.Message}).", ex);
        }
        Headers = [.. Enumerable.Range(0, _reader.FieldCount).Select(_reader.GetName)];
        _cells = new string[Headers.Length];
    }

    public string[] Headers { get; }
    public IReadOnlyList<string> Notes => ["Parquet file"];
    public long Line => _line;
    public int FieldCount => _cells.Length;
    public string? Problem => null;
    public string GetField(int index) => _cells[index];

    public bool Read()
    {
        if (!_reader.Read()) return false;
        for (var c = 0; c < _cells.Length; c++) _cells[c] = CellText.Of(_reader.IsDBNull(c) ? null : _reader.GetValue(c));
        _line++;
        return true;
    }

    public string RawText() => string.Join(" | ", _cells);

    public void Dispose()
    {
        _reader?.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
