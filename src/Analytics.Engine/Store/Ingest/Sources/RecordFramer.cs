namespace Analytics.Engine.Store.Ingest.Sources;

/// <summary>
/// Finds where one CSV record ends, on bytes, before the CSV reader sees it. A record is one physical line unless a
/// quoted field carries line breaks; such a multi-line record is accepted only when its quote closes within the
/// limits (lines and bytes) and the joined record is well-formed (quotes closed before a delimiter or the line end,
/// as many fields as the header). Otherwise only the first physical line is bad, and reading resynchronises at the
/// next one, so a stray quote can swallow at most the rest of its own line (ADR 0002).
/// </summary>
internal static class RecordFramer
{
    public enum Verdict { NeedMore, Record, BadQuote, TooLong }

    /// <summary>
    /// The outcome for the record starting at <c>data[0]</c> (a line start), with <paramref name="eof"/> when no more
    /// bytes follow. Out: for a record its length including the newline and the physical lines it spans; for a bad
    /// quote the first line's length (with its newline) and the 0-based field whose quote opened.
    /// </summary>
    public static Verdict Frame(ReadOnlySpan<byte> data, bool eof, byte delimiter, int expectedFields, int maxLines, int maxBytes,
        out int length, out int lines, out int fields)
    {
        length = 0; lines = 1; fields = 1;
        // Fast path: a line without quotes is a record by itself (the common case, vectorised).
        var first = data.IndexOfAny((byte)'"', (byte)'\n');
        if (first < 0 || data[first] == (byte)'\n')
        {
            if ((first < 0 ? data.Length : first) > maxBytes) return Verdict.TooLong;
            if (first < 0 && !eof) return Verdict.NeedMore;
            length = first < 0 ? data.Length : first + 1;
            fields = -1; // not counted; only multi-line records need the count
            return Verdict.Record;
        }

        bool quoted = false, fieldStart = true, afterQuote = false, malformed = false;
        int firstLineEnd = -1, quoteField = -1, openField = -1;
        for (var i = 0; i < data.Length; i++)
        {
            if (i > maxBytes) return firstLineEnd < 0 ? Verdict.TooLong : Bad(firstLineEnd, openField, out length, out fields);
            var b = data[i];
            if (quoted)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 == data.Length && !eof) return Verdict.NeedMore;
                    if (i + 1 < data.Length && data[i + 1] == (byte)'"') { i++; continue; }
                    quoted = false;
                    afterQuote = true;
                }
                else if (b == (byte)'\n')
                {
                    if (firstLineEnd < 0) (firstLineEnd, openField) = (i + 1, quoteField);
                    if (++lines > maxLines) return Bad(firstLineEnd, openField, out length, out fields);
                }
                continue;
            }
            if (b == (byte)'\n')
            {
                length = i + 1;
                if (firstLineEnd < 0) return Verdict.Record;
                if (malformed || (expectedFields > 0 && fields != expectedFields)) return Bad(firstLineEnd, openField, out length, out fields);
                return Verdict.Record;
            }
            if (afterQuote && b != delimiter && b != (byte)'\r') malformed = true;
            afterQuote = false;
            if (b == delimiter) { fields++; fieldStart = true; continue; }
            if (b == (byte)'"')
            {
                if (fieldStart) { quoted = true; quoteField = fields - 1; }
                else malformed = true;
            }
            fieldStart = false;
        }
        if (!eof) return Verdict.NeedMore;
        // The last line of the file has no newline.
        if (firstLineEnd < 0) { length = data.Length; return Verdict.Record; }
        if (quoted || malformed || (expectedFields > 0 && fields != expectedFields)) return Bad(firstLineEnd, openField, out length, out fields);
        length = data.Length;
        return Verdict.Record;
    }

    private static Verdict Bad(int firstLineEnd, int quoteField, out int length, out int fields)
    {
        length = firstLineEnd;
        fields = quoteField;
        return Verdict.BadQuote;
    }
}
