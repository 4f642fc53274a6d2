using System.IO.Compression;
using System.Text;
using Dashboard.Export;

namespace Dashboard.Tests.Export;

/// <summary>Page tables exported as CSV neutralise formula-looking text; XLSX writes it as a string, never a formula (#21.4).</summary>
public class CsvInjectionExportTests
{
    private static readonly TableView View = new("t", ["Тема", "Δ"], [["=HYPERLINK(\"http://evil\",\"x\")", -5L], ["@cmd", 1.5]]);

    [Fact]
    public void Write_Csv_PrefixesFormulaText_ButNotNegativeNumbers()
    {
        var text = new UTF8Encoding(true).GetString(View.Write("csv").Content).TrimStart('\uFEFF');

        Assert.Equal("Тема,Δ\r\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-5\r\n'@cmd,1.5\r\n", text);
    }

    [Fact]
    public void Write_Xlsx_StoresFormulaTextAsAString()
    {
        using var zip = new ZipArchive(new MemoryStream(View.Write("xlsx").Content));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();

        Assert.DoesNotContain("<f>", sheet);
        Assert.DoesNotContain("<x:f>", sheet);
        Assert.Contains("HYPERLINK", sheet + (zip.GetEntry("xl/sharedStrings.xml") is { } s ? new StreamReader(s.Open()).ReadToEnd() : ""));
    }
}
