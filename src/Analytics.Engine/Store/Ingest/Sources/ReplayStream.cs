namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>Reads an already-consumed prefix again, then the rest of the inner stream (uploads are not seekable).</summary>
internal sealed class ReplayStream(byte[] prefix, int prefixLength, Stream inner) : ForwardReadStream(inner)
{
    private int _prefixPosition;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }
        return Inner.Read(buffer);
    }
}
