using System.Buffers.Binary;

namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>
/// Shrinks a TrueType font to the glyphs a document uses, keeping every glyph id in place: unused glyphs get
/// empty outlines, the <c>loca</c> table is rewritten and glyph names (<c>post</c>) are dropped. Metrics, cmap
/// and layout tables stay, so text shapes and measures exactly as with the full font. SkiaSharp's PDF backend
/// embeds fonts whole when its native build lacks a subsetter — DejaVu Sans alone would add ~750 KB per file.
/// </summary>
internal static class TrueTypeSubsetter
{
    public static byte[] Subset(byte[] font, IEnumerable<ushort> used)
    {
        var tables = ReadDirectory(font);
        var head = tables["head"];
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"].Offset + 4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var loca = tables["loca"];
        var glyf = tables["glyf"];
        int Start(int g) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + 4 * g))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + 2 * g)) * 2;

        var keep = Closure(font, glyf.Offset, Start, used.Append((ushort)0).Where(g => g < numGlyphs), numGlyphs);
        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (numGlyphs + 1)];
        for (var g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (!keep.Contains(g)) continue;
            newGlyf.Write(font, glyf.Offset + Start(g), Start(g + 1) - Start(g));
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * numGlyphs), (uint)newGlyf.Length);

        var replaced = new Dictionary<string, byte[]>
        {
            ["glyf"] = newGlyf.ToArray(),
            ["loca"] = newLoca,
            ["head"] = font.AsSpan(head.Offset, head.Length).ToArray(),
        };
        BinaryPrimitives.WriteInt16BigEndian(replaced["head"].AsSpan(50), 1);      // indexToLocFormat: long
        BinaryPrimitives.WriteUInt32BigEndian(replaced["head"].AsSpan(8), 0);      // checkSumAdjustment, set below
        if (tables.TryGetValue("post", out var post) && post.Length >= 32)
        {
            var p = font.AsSpan(post.Offset, 32).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(p, 0x00030000);                  // format 3: no glyph names
            replaced["post"] = p;
        }
        return Write(font, tables, replaced);
    }

    private static HashSet<int> Closure(byte[] font, int glyfOffset, Func<int, int> start, IEnumerable<ushort> roots, int numGlyphs)
    {
        var keep = new HashSet<int>();
        var pending = new Stack<int>(roots.Select(g => (int)g));
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (!keep.Add(g)) continue;
            var (from, to) = (glyfOffset + start(g), glyfOffset + start(g + 1));
            if (to - from < 10 || BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(from)) >= 0) continue;
            // Composite glyph: keep every component it references.
            var at = from + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
                var component = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 2));
                if (component < numGlyphs) pending.Push(component);
                at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) at += 2;
                else if ((flags & 0x0040) != 0) at += 4;
                else if ((flags & 0x0080) != 0) at += 8;
            }
            while ((flags & 0x0020) != 0 && at + 4 <= to);
        }
        return keep;
    }

    private readonly record struct Table(string Tag, int Offset, int Length);

    private static Dictionary<string, Table> ReadDirectory(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = new Table(tag, (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        return tables;
    }

    private static byte[] Write(byte[] font, Dictionary<string, Table> tables, Dictionary<string, byte[]> replaced)
    {
        var ordered = tables.Values.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var data = ordered.Select(t => replaced.TryGetValue(t.Tag, out var r) ? r : font.AsSpan(t.Offset, t.Length).ToArray()).ToList();
        var headerLength = 12 + 16 * ordered.Count;
        var total = headerLength + data.Sum(d => (d.Length + 3) & ~3);
        var output = new byte[total];
        font.AsSpan(0, 12).CopyTo(output);
        var offset = headerLength;
        var headAt = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var record = output.AsSpan(12 + 16 * i);
            System.Text.Encoding.ASCII.GetBytes(ordered[i].Tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data[i]));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data[i].Length);
            if (ordered[i].Tag == "head") headAt = offset;
            data[i].CopyTo(output, offset);
            offset += (data[i].Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }
}
