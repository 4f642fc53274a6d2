using System.Security;
using Analytics.Engine.Store.Ingest.Sources;
using Analytics.Engine.Store.Ingest.Sources.Xlsx;

namespace Analytics.Engine.Tests.Store.Ingest.Sources;

/// <summary>
/// #21.4: a million-row workbook's shared strings are spilled to a temporary file past a size, and read back exactly —
/// repeated values, Cyrillic, empty strings, over-long cells — whether a cell refers forward, backward or twice.
/// </summary>
public class SharedStringTableTests
{
    [Fact]
    public void SpilledTable_ReturnsEveryString_InAnyOrder()
    {
        var texts = Enumerable.Range(0, 20_000).Select(i => i % 7 == 0 ? "" : i % 11 == 0 ? null : $"Жалоба №{i}: неверный расчёт {new string('ё', i % 50)}").ToList();
        using var table = new SharedStringTable(spillAfterChars: 100);
        foreach (var t in texts) table.Add(t);
        table.Complete();

        Assert.True(table.Spilled);
        Assert.Equal(texts.Count, table.Count);
        var random = new Random(7);
        foreach (var i in Enumerable.Range(0, texts.Count).Concat(Enumerable.Range(0, 5_000).Select(_ => random.Next(texts.Count))).Reverse())
            Assert.Equal(texts[i], table[i]);
    }

    [Fact]
    public void SmallTable_StaysInMemory()
    {
        using var table = new SharedStringTable();
        table.Add("Телефон");
        table.Complete();
        Assert.False(table.Spilled);
        Assert.Equal("Телефон", table[0]);
    }

    [Fact]
    public void Sheet_ReadsTheSameRows_WithASpilledTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sst-{Guid.NewGuid():N}.xlsx");
        var strings = new List<string>(XlsxFixture.AppealHeaderCells);
        string S(string v) { strings.Add(v); return (strings.Count - 1).ToString(); }
        var rows = new List<string>();
        var header = string.Concat(XlsxFixture.AppealHeaderCells.Select((_, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"s\"><v>{i}</v></c>"));
        rows.Add($"<row r=\"1\">{header}</row>");
        for (var r = 2; r < 3_000; r++)
        {
            var cells = XlsxFixture.AppealCells($"2025-{r:D6}");
            // the office and the kind repeat (and are first seen early); the number and the topic are new on every row
            cells[6] = $"Счёт за {r % 12 + 1}-й месяц, абонент {r}";
            rows.Add($"<row r=\"{r}\">" + string.Concat(cells.Select((c, i) => $"<c r=\"{(char)('A' + i)}{r}\" t=\"s\"><v>{(i is 1 or 2 or 3 or 4 && r > 2 ? strings.IndexOf(c) : int.Parse(S(c)))}</v></c>")) + "</row>");
        }
        XlsxFixture.Write(path,
            w => { w.Write(XlsxFixture.SheetStart()); foreach (var row in rows) w.Write(row); w.Write(XlsxFixture.SheetEnd); },
            w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{XlsxFixture.Ns}">""");
                foreach (var s in strings) w.Write($"<si><t>{SecurityElement.Escape(s)}</t></si>");
                w.Write("</sst>");
            });
        try
        {
            Assert.Equal(Rows(path, SharedStringTable.InMemoryChars), Rows(path, spillAfterChars: 64));
            Assert.Equal(2_998, Rows(path, 64).Count);
            Assert.Equal("2025-002999", Rows(path, 64)[^1][0]);
        }
        finally { File.Delete(path); }
    }

    private static List<string[]> Rows(string path, int spillAfterChars)
    {
        using var source = new XlsxRecordSource(Path.GetFileName(path), File.OpenRead(path), 1_000_000, CancellationToken.None, spillAfterChars);
        var rows = new List<string[]>();
        while (source.Read()) rows.Add([.. Enumerable.Range(0, source.FieldCount).Select(source.GetField)]);
        return rows;
    }
}
