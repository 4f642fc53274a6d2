using System.Text;
using Dashboard.Export;
using MiniExcelLibs;

namespace Dashboard.Tests.Export;

public class TableViewTests
{
    private static readonly TableView View = new("t", ["Офис", "Count"],
        [["Офис \"Центр\", 1", 3L], [null, 0L]]);

    [Fact]
    public void Write_QuotesFieldsWithCommasAndQuotes_InCsv()
    {
        var (content, type, name) = View.Write("csv");

        var text = new UTF8Encoding(true).GetString(content).TrimStart('\uFEFF');
        Assert.Equal("Офис,Count\r\n\"Офис \"\"Центр\"\", 1\",3\r\n,0\r\n", text);
        Assert.StartsWith("text/csv", type);
        Assert.Equal("t.csv", name);
        Assert.Equal([0xEF, 0xBB, 0xBF], content[..3]);
    }

    [Fact]
    public void Write_ProducesReadableWorkbook_InXlsx()
    {
        var (content, _, name) = View.Write("xlsx");

        var rows = new MemoryStream(content).Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("t.xlsx", name);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Офис \"Центр\", 1", rows[0]["Офис"]);
    }

    [Fact]
    public void Write_Refuses_UnknownFormat() => Assert.Throws<ArgumentException>(() => View.Write("pdf"));
}
