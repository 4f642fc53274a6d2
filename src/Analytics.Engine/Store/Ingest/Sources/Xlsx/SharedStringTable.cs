using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Analytics.Engine.Store.Ingest.Sources.Xlsx;

/// <summary>
/// A workbook's shared strings, looked up by index while the sheet is read. Excel puts every text cell here, so a
/// million-row register holds millions of unique strings (register numbers, names, appeal texts): held as .NET strings
/// they were most of a 1.6 GB import. The first <see cref="InMemoryChars"/> characters stay in memory — they hold the
/// header and the repeated values (offices, channels, kinds), which Excel numbers in order of first appearance — and the
/// rest is spilled as UTF-8 to a temporary file that deletes itself, read back through a window. Sheets refer to
/// unique strings in the order they were written, so the window is read forward; a small cache catches repeats.
/// </summary>
internal sealed class SharedStringTable : IDisposable
{
    /// <summary>Characters kept as strings before spilling (16M chars, 32 MB).</summary>
    public const int InMemoryChars = 16 * 1024 * 1024;

    private const int WindowBytes = 256 * 1024;
    private const int CacheSlots = 4096;

    private readonly int _spillAfter;
    private readonly List<string?> _held = [];
    private long _heldChars;

    private FileStream? _file;
    private long[] _offsets = [];   // spilled entry i starts at _offsets[i]; its end is the next start (or the length)
    private int _spilled;
    private HashSet<int>? _tooLong; // spilled entries over the cell limit (null on lookup)
    private byte[] _encode = new byte[4096];
    private byte[]? _window;
    private long _windowStart = -1;
    private int _windowLength;
    private readonly (int Index, string? Text)[] _cache = new (int, string?)[CacheSlots];

    public SharedStringTable(int spillAfterChars = InMemoryChars)
    {
        _spillAfter = spillAfterChars;
        Array.Fill(_cache, (-1, null));
    }

    public int Count => _held.Count + _spilled;

    /// <summary>True once part of the table lives in the temporary file.</summary>
    public bool Spilled => _file is not null;

    /// <summary>Appends the next string; null marks one over the cell limit (its row is rejected, never read).</summary>
    public void Add(string? text)
    {
        if (_file is null && _heldChars + (text?.Length ?? 0) <= _spillAfter)
        {
            _held.Add(text);
            _heldChars += text?.Length ?? 0;
            return;
        }
        _file ??= new FileStream(Path.Combine(Path.GetTempPath(), $"analytics-sst-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 1 << 20, FileOptions.DeleteOnClose);
        if (_spilled == _offsets.Length) Array.Resize(ref _offsets, Math.Max(1024, _offsets.Length * 2));
        _offsets[_spilled] = _file.Position;
        if (text is null) (_tooLong ??= []).Add(_spilled);
        else
        {
            var max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (max > _encode.Length) _encode = new byte[Math.Max(max, _encode.Length * 2)];
            var n = Encoding.UTF8.GetBytes(text, _encode);
            _file.Write(_encode, 0, n);
        }
        _spilled++;
    }

    /// <summary>Ends writing: the spilled part becomes readable.</summary>
    public void Complete() => _file?.Flush();

    /// <summary>The string at <paramref name="index"/> (null when it was over the cell limit).</summary>
    public string? this[int index]
    {
        get
        {
            if (index < _held.Count) return _held[index];
            var i = index - _held.Count;
            if (_tooLong?.Contains(i) == true) return null;
            ref var slot = ref _cache[index & (CacheSlots - 1)];
            if (slot.Index == index) return slot.Text;
            var text = ReadSpilled(i);
            slot = (index, text);
            return text;
        }
    }

    private string ReadSpilled(int i)
    {
        var start = _offsets[i];
        var end = i + 1 < _spilled ? _offsets[i + 1] : _file!.Length;
        var length = checked((int)(end - start));
        if (length == 0) return "";
        if (_windowStart < 0 || start < _windowStart || end > _windowStart + _windowLength)
        {
            var size = Math.Max(WindowBytes, length);
            if (_window is null || _window.Length < size) _window = new byte[size];
            _windowLength = RandomAccess.Read(Handle, _window.AsSpan(0, (int)Math.Min(size, _file!.Length - start)), start);
            _windowStart = start;
        }
        return Encoding.UTF8.GetString(_window!, (int)(start - _windowStart), length);
    }

    private SafeFileHandle Handle => _file!.SafeFileHandle;

    public void Dispose() => _file?.Dispose();
}
