using Analytics.Engine.Store.Export;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Export;

/// <summary>Formula-looking text is neutralised in CSV exports (OWASP CSV injection, #21.4).</summary>
public class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+7 999 123-45-67", "'+7 999 123-45-67")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-5", "-5")]
    [InlineData("+1.5", "+1.5")]
    [InlineData("Счёт", "Счёт")]
    [InlineData("", "")]
    public void Neutralise_PrefixesFormulaLookingText_Only(string value, string expected) =>
        Assert.Equal(expected, CsvInjection.Neutralise(value));

    [Fact]
    public void Export_Csv_NeutralisesFormulaText_AndLeavesOtherValues()
    {
        using var temp = new TempStore();
        temp.Import(ImportKind.Appeals, temp.Write("a.csv", AppealHeader + "\n" +
            "A-1,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n" +
            "A-2,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,@cmd\n" + Appeal("A-3") + "\n"));
        var file = temp.File("appeal.csv");

        new ExportService(temp.Store).Export("appeal", file);

        var text = File.ReadAllText(file);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", text);
        Assert.Contains(",'@cmd", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains(",Счёт", text);
        Assert.Contains("2025-02-01", text);
    }
}
