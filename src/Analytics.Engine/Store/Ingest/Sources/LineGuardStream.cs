namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// A read-only stream that hands the CSV reader whole physical lines of at most <c>maxLineBytes</c> bytes.
/// A longer line is skipped in chunks (never held in memory) and replaced by an empty line, so line numbers
/// stay true, the reader keeps going, and the source reports the line as rejected. Works on bytes, so it
/// suits UTF-8 and Windows-1251 alike (a newline is the byte 0x0A in both).
/// </summary>
internal sealed class LineGuardStream(Stream inner, int maxLineBytes) : ForwardReadStream(inner)
{
    private readonly byte[] _buffer = new byte[Math.Max(maxLineBytes + 1, 64 * 1024) + 64 * 1024];
    private int _position;  // next char to hand out
    private int _released;  // chars before this index are complete lines (or the tail at end of input)
    private int _end;       // valid chars in the buffer
    private long _linesReleased;
    private bool _eof;

    /// <summary>Skipped lines (1-based line number, length in bytes), in order; the source drains it.</summary>
    public Queue<(long Line, long Length)> Skipped { get; } = new();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        if (destination.IsEmpty) return 0;
        if (_position == _released && !Fill()) return 0;
        var n = Math.Min(destination.Length, _released - _position);
        _buffer.AsSpan(_position, n).CopyTo(destination);
        _position += n;
        return n;
    }

    /// <summary>Makes more complete lines available; false at the end of input.</summary>
    private bool Fill()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_released, _end - _released).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                // Release every complete line found, checking each one's length.
                var upTo = _released + newline + 1;
                var start = _released;
                while (start < upTo)
                {
                    var lineEnd = start + _buffer.AsSpan(start, upTo - start).IndexOf((byte)'\n');
                    if (lineEnd - start > maxLineBytes)
                    {
                        _released = start;
                        SkipLongLine(lineEnd - start, lineEnd);
                        return true;
                    }
                    start = lineEnd + 1;
                    _linesReleased++;
                }
                _released = upTo;
                return true;
            }
            if (_end - _released > maxLineBytes)
            {
                SkipLongLine(_end - _released, -1);
                return true;
            }
            if (_eof)
            {
                if (_released == _end) return false;
                _released = _end;
                return true;
            }
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
        Skipped.Enqueue((line, length));
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
        _released -= _position;
        _end = keep;
        _position = 0;
    }
}
