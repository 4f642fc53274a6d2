namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// A read-only stream that hands the CSV reader whole records (<see cref="RecordFramer"/>) of at most
/// <c>maxLineBytes</c> bytes. A longer line is skipped in chunks (never held in memory) and a line whose quoting
/// cannot be closed within the limits is cut out; either leaves an empty line in its place, so line numbers stay
/// true, the reader keeps going, and the source reports the line as rejected. Works on bytes, so it suits UTF-8
/// and Windows-1251 alike (newline, quote and the delimiters are the same bytes in both).
/// </summary>
internal sealed class LineGuardStream(Stream inner, int maxLineBytes, byte delimiter, int headerFields, int maxQuotedLines)
    : ForwardReadStream(inner)
{
    /// <summary>How much of a cut-out line is kept for the quarantine.</summary>
    private const int RawBytes = 8 * 1024;

    private readonly byte[] _buffer = new byte[Math.Max(maxLineBytes + 1, 64 * 1024) + 64 * 1024];
    private readonly Queue<(long Start, long End)> _holes = new(); // cut-out line contents, at _base + index
    private long _base;
    private int _position;  // next byte to hand out
    private int _released;  // bytes before this index are complete records (or the tail at end of input)
    private int _end;       // valid bytes in the buffer
    private long _linesReleased;
    private bool _eof;

    /// <summary>Lines not passed on, in order; the source drains it.</summary>
    public Queue<GuardedLine> Skipped { get; } = new();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        if (destination.IsEmpty) return 0;
        while (true)
        {
            if (_holes.TryPeek(out var hole) && hole.Start == _base + _position)
            {
                _position = (int)(hole.End - _base);
                _holes.Dequeue();
                continue;
            }
            if (_position < _released) break;
            if (!Fill()) return 0;
        }
        var limit = _holes.TryPeek(out var next) ? (int)Math.Min(_released, next.Start - _base) : _released;
        var n = Math.Min(destination.Length, limit - _position);
        _buffer.AsSpan(_position, n).CopyTo(destination);
        _position += n;
        return n;
    }

    /// <summary>Makes more complete records available; false at the end of input.</summary>
    private bool Fill()
    {
        while (true)
        {
            var advanced = false;
            while (_released < _end)
            {
                var verdict = RecordFramer.Frame(_buffer.AsSpan(_released, _end - _released), _eof, delimiter, headerFields,
                    maxQuotedLines, maxLineBytes, out var length, out var lines, out var field);
                if (verdict == RecordFramer.Verdict.NeedMore) break;
                if (verdict == RecordFramer.Verdict.TooLong)
                {
                    var newline = _buffer.AsSpan(_released, _end - _released).IndexOf((byte)'\n');
                    SkipLongLine(newline < 0 ? _end - _released : newline, newline < 0 ? -1 : _released + newline);
                    return true;
                }
                if (verdict == RecordFramer.Verdict.BadQuote)
                {
                    // Cut out the line's content, keep its newline: the reader sees an empty line and goes on.
                    var content = length - 1;
                    Skipped.Enqueue(new GuardedLine(_linesReleased + 1, content, field, _buffer.AsSpan(_released, Math.Min(content, RawBytes)).ToArray()));
                    if (content > 0) _holes.Enqueue((_base + _released, _base + _released + content));
                    lines = 1;
                }
                _released += length;
                _linesReleased += lines;
                advanced = true;
            }
            if (advanced) return true;
            if (_eof) return false;
            Compact();
            var read = Inner.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _eof = true;
            _end += read;
        }
    }

    /// <summary>Drops the line starting at <c>_released</c> and leaves a bare newline in its place.</summary>
    private void SkipLongLine(long lengthSoFar, int newlineAt)
    {
        var line = _linesReleased + 1;
        var length = lengthSoFar;
        if (newlineAt < 0)
        {
            _end = _released;
            while (true)
            {
                var read = Inner.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0) { _eof = true; newlineAt = -1; break; }
                var found = _buffer.AsSpan(_end, read).IndexOf((byte)'\n');
                if (found >= 0) { newlineAt = _end + found; length += found; _end += read; break; }
                length += read;
            }
        }
        Skipped.Enqueue(new GuardedLine(line, length, -1, []));
        if (newlineAt < 0) { _end = _released; return; }
        var rest = _end - (newlineAt + 1);
        _buffer[_released] = (byte)'\n';
        Array.Copy(_buffer, newlineAt + 1, _buffer, _released + 1, rest);
        _end = _released + 1 + rest;
        _released++;
        _linesReleased++;
    }

    private void Compact()
    {
        if (_position == 0) return;
        var keep = _end - _position;
        Array.Copy(_buffer, _position, _buffer, 0, keep);
        _base += _position;
        _released -= _position;
        _end = keep;
        _position = 0;
    }
}

/// <summary>
/// A line the guard did not pass on: over the length limit (<see cref="Field"/> = -1, no raw text) or with quoting
/// that cannot be closed (the 0-based field whose quote opened, and the start of the line's bytes).
/// </summary>
internal readonly record struct GuardedLine(long Line, long Length, int Field, byte[] Raw)
{
    public bool BrokenQuote => Field >= 0;
}
