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
    private GuardedLine? _skipped;
    private readonly Encoding _encoding;
    private readonly int _maxQuotedLines;
    private bool _readerDone;
    private bool _pending;

    public CsvRecordSource(string fileName, Stream stream, int maxLineBytes, int maxQuotedLines)
    {
        _maxLine = maxLineBytes;
        _maxQuotedLines = maxQuotedLines;
        var sample = new byte[TextSniffer.SampleBytes];
        var length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var start = sample.AsSpan(0, length).StartsWith(Bom) ? Bom.Length : 0;
        if (IsBlank(sample.AsSpan(start, length - start)))
            throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("file_empty", fileName));
        var encoding = TextSniffer.DetectEncoding(fileName, sample.AsSpan(start, length - start), wholeFile: length < sample.Length);
        _utf8 = encoding is UTF8Encoding;
        _encoding = encoding;
        var headerLine = FirstLine(encoding.GetString(sample, start, length - start));
        var delimiter = TextSniffer.DetectDelimiter(headerLine);
        Notes = [$"encoding {encoding.WebName}{(start > 0 ? " (BOM)" : "")}, delimiter {(delimiter == '\t' ? "tab" : delimiter.ToString())}"];

        var prefix = start == 0 ? sample : sample[start..length];
        _guard = new LineGuardStream(new ReplayStream(prefix, length - start, stream), maxLineBytes, (byte)delimiter,
            TextSniffer.CountFields(headerLine, delimiter), maxQuotedLines);
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
            throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("header_too_long", fileName, maxLineBytes));
        if (Headers.Length == 0 || Headers.All(h => h.Length == 0))
            throw new ImportRefusedException(Analytics.Engine.Vocabulary.ImportReasons.Text("header_empty", fileName));
        _fields = new string[Headers.Length];
    }

    public string[] Headers { get; }
    public IReadOnlyList<string> Notes { get; }
    public long Line { get; private set; }
    public int FieldCount { get; private set; }
    public string? Problem { get; private set; }
    public string? ProblemColumn { get; private set; }

    public string GetField(int index) => _fields.Length > index ? _fields[index] ??= _reader.GetString(index) : _reader.GetString(index);

    public bool Read()
    {
        _skipped = null;
        Problem = null;
        ProblemColumn = null;
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
            if (skipped.BrokenQuote)
            {
                ProblemColumn = skipped.Field < Headers.Length ? Headers[skipped.Field] : $"field {skipped.Field + 1}";
                Problem = Analytics.Engine.Vocabulary.ImportReasons.Text("quote_not_closed", skipped.Field + 1, _maxQuotedLines, _maxLine);
            }
            else Problem = Analytics.Engine.Vocabulary.ImportReasons.Text("line_too_long", skipped.Length, _maxLine);
            return true;
        }
        if (!_pending) return false;
        _pending = false;
        Line = _reader.LineNumber;
        FieldCount = _reader.FieldCount;
        Array.Clear(_fields);
        if (_malformed is { } bad && bad.Line == Line) Problem = bad.Reason;
        else if (_utf8 && !Utf8.IsValid(_reader.RawRecord)) Problem = Analytics.Engine.Vocabulary.ImportReasons.Text("invalid_utf8");
        return true;
    }

    public string RawText() => _skipped is { } s
        ? _encoding.GetString(s.Raw).TrimEnd('\r', '\n')
        : _encoding.GetString(_reader.RawRecord).TrimEnd('\r', '\n');

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => Analytics.Engine.Vocabulary.ImportReasons.Text("stray_quote"),
        CsvMalformedReason.TextAfterClosingQuote => Analytics.Engine.Vocabulary.ImportReasons.Text("text_after_quote"),
        CsvMalformedReason.UnterminatedQuote => Analytics.Engine.Vocabulary.ImportReasons.Text("unclosed_quote"),
        CsvMalformedReason.LineBreakInQuotes => Analytics.Engine.Vocabulary.ImportReasons.Text("line_break_in_quotes"),
        _ => Analytics.Engine.Vocabulary.ImportReasons.Text("malformed", reason),
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
