using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// CSV through CsvHelper's span-based <see cref="CsvReader"/> (RFC 4180 quoting), behind encoding and delimiter
/// detection and a <see cref="LineGuardStream"/> that turns over-long lines into rejects instead of memory.
/// </summary>
internal sealed class CsvRecordSource : IRecordSource
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly CsvReader _reader;
    private readonly LineGuardStream _guard;
    private readonly bool _utf8;
    private readonly int _maxLine;
    private readonly string[] _fields;
    private (long Line, string Reason)? _malformed;
    private (long Line, long Length)? _skipped;
    private bool _readerDone;
    private bool _pending;

    public CsvRecordSource(string fileName, Stream stream, int maxLineBytes)
    {
        _maxLine = maxLineBytes;
        var sample = new byte[TextSniffer.SampleBytes];
        var length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var start = sample.AsSpan(0, length).StartsWith(Bom) ? Bom.Length : 0;
        if (IsBlank(sample.AsSpan(start, length - start)))
            throw new ImportRefusedException($"{fileName}: the file is empty (no header line).");
        var encoding = TextSniffer.DetectEncoding(fileName, sample.AsSpan(start, length - start), wholeFile: length < sample.Length);
        _utf8 = encoding is UTF8Encoding;
        var delimiter = TextSniffer.DetectDelimiter(FirstLine(encoding.GetString(sample, start, length - start)));
        Notes = [$"encoding {encoding.WebName}{(start > 0 ? " (BOM)" : "")}, delimiter {(delimiter == '\t' ? "tab" : delimiter.ToString())}"];

        var prefix = start == 0 ? sample : sample[start..length];
        _guard = new LineGuardStream(new ReplayStream(prefix, length - start, stream), maxLineBytes);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            Encoding = encoding,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = m => _malformed = (m.LineNumber, Describe(m.Reason)),
        };
        _reader = CsvReader.Create(_guard, options, leaveOpen: false);
        try
        {
            Headers = [.. _reader.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException ex)
        {
            throw new ImportRefusedException($"{fileName}: the header line cannot be read ({ex.Message}).", ex);
        }
        if (_guard.Skipped.Count > 0 && _guard.Skipped.Peek().Line == 1)
            throw new ImportRefusedException($"{fileName}: the header line is longer than {maxLineBytes:N0} bytes.");
        if (Headers.Length == 0 || Headers.All(h => h.Length == 0))
            throw new ImportRefusedException($"{fileName}: the header line is empty.");
        _fields = new string[Headers.Length];
    }

    public string[] Headers { get; }
    public IReadOnlyList<string> Notes { get; }
    public long Line { get; private set; }
    public int FieldCount { get; private set; }
    public string? Problem { get; private set; }

    public string GetField(int index) => _fields.Length > index ? _fields[index] ??= _reader.GetString(index) : _reader.GetString(index);

    public bool Read()
    {
        _skipped = null;
        Problem = null;
        if (!_pending && !_readerDone)
        {
            _pending = _reader.Read();
            _readerDone = !_pending;
        }
        // Lines the guard skipped come before the record the reader now holds.
        if (_guard.Skipped.TryPeek(out var skipped) && (!_pending || skipped.Line < _reader.LineNumber))
        {
            _guard.Skipped.Dequeue();
            _skipped = skipped;
            Line = skipped.Line;
            FieldCount = 0;
            Problem = $"line is {skipped.Length:N0} bytes long, over the limit of {_maxLine:N0}; not read";
            return true;
        }
        if (!_pending) return false;
        _pending = false;
        Line = _reader.LineNumber;
        FieldCount = _reader.FieldCount;
        Array.Clear(_fields);
        if (_malformed is { } bad && bad.Line == Line) Problem = bad.Reason;
        else if (_utf8 && !Utf8.IsValid(_reader.RawRecord)) Problem = "invalid UTF-8 bytes in the line (is part of the file in another encoding?)";
        return true;
    }

    public string RawText() => _skipped is null ? Encoding.UTF8.GetString(_reader.RawRecord).TrimEnd('\r', '\n') : "";

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "broken quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "broken quoting: text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "broken quoting: a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => $"malformed record ({reason})",
    };

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    public void Dispose() => _reader.Dispose();
}
