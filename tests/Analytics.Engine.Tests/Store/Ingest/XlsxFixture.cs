using System.IO.Compression;
using System.Text;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>Builds small XLSX packages in code, with the sheet (and shared strings) XML written by the test.</summary>
internal static class XlsxFixture
{
    public const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Writes a workbook whose first sheet's XML is written by <paramref name="sheet"/> (streamed, so it may be huge).</summary>
    public static void Write(string path, Action<TextWriter> sheet, Action<TextWriter>? sharedStrings = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        if (sharedStrings is not null) Entry(zip, "xl/sharedStrings.xml", sharedStrings);
        Entry(zip, "xl/worksheets/sheet1.xml", sheet);
    }

    /// <summary>A row of inline-string cells, columns A, B, C….</summary>
    public static string Row(int r, params string[] cells) =>
        $"<row r=\"{r}\">" + string.Concat(cells.Select((c, i) => $"<c r=\"{(char)('A' + i)}{r}\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>";

    public static string[] AppealCells(string no, string date = "01.02.2025 10:00") =>
        [no, "OF1", "Физическое лицо", "Телефон", "Жалоба", date, "Счёт"];

    public static string[] AppealHeaderCells => IngestFixture.AppealHeader.Split(',');

    public static string SheetStart(string dimension = "A1:G3") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Ns}"><dimension ref="{dimension}"/><sheetData>""";

    public const string SheetEnd = "</sheetData></worksheet>";

    private static void Entry(ZipArchive zip, string name, string text) => Entry(zip, name, w => w.Write(text));

    private static void Entry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
