using System.Text;
using System.Xml;

namespace Analytics.Engine.Store.Ingest.Sources.Xlsx;

/// <summary>The shared-string table and the date styles of a workbook, read once before the sheet.</summary>
internal static class XlsxParts
{
    /// <summary>
    /// Shared strings by index; null marks one longer than <paramref name="maxChars"/> (its row is rejected). Past
    /// <paramref name="spillAfterChars"/> characters the table spills to a temporary file (<see cref="SharedStringTable"/>).
    /// </summary>
    public static SharedStringTable SharedStrings(XlsxPackage package, int maxChars, CancellationToken ct,
        int spillAfterChars = SharedStringTable.InMemoryChars)
    {
        var strings = new SharedStringTable(spillAfterChars);
        try
        {
            package.Read("xl/sharedStrings.xml", r =>
            {
                if (r is null) return 0;
                var text = new StringBuilder();
                var chunk = new char[64 * 1024];
                while (r.Read())
                {
                    if (r.NodeType != XmlNodeType.Element || r.LocalName != "si") continue;
                    if ((strings.Count & 4095) == 0) ct.ThrowIfCancellationRequested();
                    strings.Add(ReadItem(r, text, chunk, maxChars));
                }
                return strings.Count;
            });
            strings.Complete();
            return strings;
        }
        catch
        {
            strings.Dispose();
            throw;
        }
    }

    /// <summary>The text of an <c>&lt;si&gt;</c> or <c>&lt;is&gt;</c> element (runs joined, phonetic hints left out).</summary>
    public static string? ReadItem(XmlReader r, StringBuilder text, char[] chunk, int maxChars)
    {
        text.Clear();
        if (r.IsEmptyElement) return "";
        var depth = r.Depth;
        var ok = true;
        var phonetic = -1;
        while (r.Read() && r.Depth > depth)
        {
            if (phonetic >= 0)
            {
                if (r.Depth > phonetic) continue;
                phonetic = -1;
            }
            if (r.NodeType != XmlNodeType.Element) continue;
            if (r.LocalName == "rPh") { if (!r.IsEmptyElement) phonetic = r.Depth; continue; }
            if (r.LocalName == "t" && !ChunkedText.AppendText(r, text, ok ? maxChars : 0, chunk)) ok = false;
        }
        return ok ? text.ToString() : null;
    }

    /// <summary>Which cell style indexes (<c>s</c>) format numbers as dates.</summary>
    public static bool[] DateStyles(XlsxPackage package) => package.Read("xl/styles.xml", r =>
    {
        if (r is null) return [];
        var custom = new Dictionary<int, bool>();
        var styles = new List<bool>();
        var inCellXfs = false;
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "cellXfs") inCellXfs = false;
            if (r.NodeType != XmlNodeType.Element) continue;
            if (r.LocalName == "numFmt" && int.TryParse(r.GetAttribute("numFmtId"), out var id))
                custom[id] = IsDateFormat(r.GetAttribute("formatCode") ?? "");
            else if (r.LocalName == "cellXfs") inCellXfs = !r.IsEmptyElement;
            else if (inCellXfs && r.LocalName == "xf")
            {
                var fmt = int.TryParse(r.GetAttribute("numFmtId"), out var f) ? f : 0;
                styles.Add(custom.TryGetValue(fmt, out var isDate) ? isDate : fmt is (>= 14 and <= 22) or (>= 45 and <= 47));
            }
        }
        return styles.ToArray();
    });

    /// <summary>A custom format is a date when it has d, m, y, h or s outside quotes, brackets and escapes.</summary>
    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '\\') i++;
            else if (c == '[') { var end = code.IndexOf(']', i); if (end < 0) break; i = end; }
            else if (c == ';') break;
            else if ("dmyhsDMYHS".Contains(c)) return true;
        }
        return false;
    }
}
