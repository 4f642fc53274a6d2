using System.Text;
using System.Xml;

namespace Analytics.Engine.Store.Ingest.Sources.Xlsx;

/// <summary>Reads element text in chunks, so an over-long cell is measured and skipped, never held as one string.</summary>
internal static class ChunkedText
{
    /// <summary>
    /// Appends the text content of the current text node(s) to <paramref name="into"/> until the element ends; returns
    /// false (and leaves the reader past the text) when the total would exceed <paramref name="maxChars"/>.
    /// </summary>
    public static bool AppendText(XmlReader reader, StringBuilder into, int maxChars, char[] chunk, CancellationToken ct = default)
    {
        var ok = true;
        if (reader.IsEmptyElement) return true;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)) continue;
            int n;
            while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                if (!ok) continue;
                if (into.Length + n > maxChars) { ok = false; into.Clear(); continue; }
                into.Append(chunk, 0, n);
            }
        }
        return ok;
    }
}
