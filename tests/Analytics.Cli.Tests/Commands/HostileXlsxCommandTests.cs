using System.IO.Compression;
using System.Text;

namespace Analytics.Cli.Tests.Commands;

/// <summary>Hostile XLSX fixtures made here (broken XML mid-row, sparse huge range, giant cell): exit 1 within seconds, never a crash (#21.4).</summary>
public class HostileXlsxCommandTests
{
    private const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal static readonly string Header = Row(1, "Рег. номер", "Код офиса", "Тип потребителя", "Канал", "Вид обращения", "Дата поступления", "Тема");
    internal static readonly string Good = Row(2, "A-1", "OF1", "ФЛ", "Телефон", "Жалоба", "01.02.2025", "Счёт");

    [Fact]
    public void Import_ExitsOne_WithFileDamaged_WhenSheetXmlBreaksMidRow()
    {
        var (code, err, _) = Import(w => w.Write(Header + Good + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>A-2</t></is></c><c r=\"B3\" t=\"inl"), close: false);

        Assert.Equal(1, code);
        Assert.Contains("файл повреждён", err);
        Assert.Contains("xl/worksheets/sheet1.xml", err);
        Assert.DoesNotContain("Unhandled", err);
    }

    [Fact]
    public void Import_ExitsOne_RejectingTheFarCell_WhenTheSheetDeclaresXfd1048576()
    {
        var (code, _, output) = Import(w => w.Write(Header + Good + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
            dimension: "A1:XFD1048576");

        Assert.Equal(1, code);
        Assert.Contains("read 2, stored 1, duplicates 0, rejected 1", output);
        Assert.Contains("строка 1048576", output);
    }

    [Fact]
    public void Import_ExitsOne_RejectingTheRow_OfACellOverTheLimit()
    {
        var chunk = new string('x', 1 << 20);
        var (code, _, output) = Import(w =>
        {
            w.Write(Header + Good + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>");
            for (var i = 0; i < 20; i++) w.Write(chunk);
            w.Write("</t></is></c></row>");
        });

        Assert.Equal(1, code);
        Assert.Contains("read 2, stored 1, duplicates 0, rejected 1", output);
        Assert.Contains("Imports:MaxCellChars", output);
    }

    private static (int Code, string Err, string Out) Import(Action<TextWriter> rows, string dimension = "A1:G3", bool close = true)
    {
        var dir = TestFolders.New();
        var path = Xlsx(dir, rows, dimension, close);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var code = CliApp.Run(["import", "appeals", path, "--db", Path.Combine(dir, "store.duckdb")], stdout, stderr);
        // "Exit 1 within seconds": the sparse range once ran for minutes. Generous for a loaded 2-core machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"the import took {watch.Elapsed.TotalSeconds:F1} s");
        return (code, stderr.ToString(), stdout.ToString());
    }

    /// <summary>A minimal appeals workbook (one sheet, inline strings) written into <paramref name="dir"/>; its path.</summary>
    internal static string Xlsx(string dir, Action<TextWriter> rows, string dimension = "A1:G3", bool close = true)
    {
        var path = Path.Combine(dir, "hostile.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "xl/workbook.xml", w => w.Write($"<workbook xmlns=\"{Ns}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Entry(zip, "xl/_rels/workbook.xml.rels", w => w.Write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
            Entry(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<worksheet xmlns=\"{Ns}\"><dimension ref=\"{dimension}\"/><sheetData>");
                rows(w);
                if (close) w.Write("</sheetData></worksheet>");
            });
        }
        return path;
    }

    private static void Entry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }

    internal static string Row(int r, params string[] cells) =>
        $"<row r=\"{r}\">" + string.Concat(cells.Select((c, i) => $"<c r=\"{(char)('A' + i)}{r}\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>";
}
