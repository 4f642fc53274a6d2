using System.Text;

namespace Analytics.Engine.Privacy.Erasure;

/// <summary>
/// Splits an exported CSV (RFC 4180, comma, doubled quotes) into whole records exactly as written — line break included,
/// a quoted field's own line breaks inside — so <see cref="ExportErasure"/> can copy the records it keeps unchanged.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of <paramref name="reader"/>, each with its line break; the last may have none.</summary>
    public static IEnumerable<string> Read(TextReader reader)
    {
        var record = new StringBuilder();
        var quoted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var ch = (char)next;
            record.Append(ch);
            if (ch == '"') quoted = !quoted; // a doubled quote toggles twice: still inside
            else if (ch == '\n' && !quoted)
            {
                yield return record.ToString();
                record.Clear();
            }
        }
        if (record.Length > 0) yield return record.ToString();
    }

    /// <summary>The values of one record: quotes removed, doubled quotes undone, the line break dropped.</summary>
    public static IEnumerable<string> Fields(string record)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var ch = record[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < record.Length && record[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { yield return field.ToString(); field.Clear(); }
            else if (ch is not ('\r' or '\n')) field.Append(ch);
        }
        yield return field.ToString();
    }
}
