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

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+7 999 123-45-67")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1)")]
    [InlineData("-5")]
    [InlineData("Счёт")]
    [InlineData("'quoted by the author'")]
    public void Restore_UndoesExactlyWhatNeutraliseWrites(string value) =>
        Assert.Equal(value, CsvInjection.Restore(CsvInjection.Neutralise(value)).ToString());

    [Fact]
    public void Restore_KeepsAQuote_NeutraliseWouldNotHaveWritten() =>
        Assert.Equal("'Рога и копыта'", CsvInjection.Restore("'Рога и копыта'").ToString());

    [Fact]
    public void ExportedCsv_ImportsBack_AsTheSameValues()
    {
        using var temp = new TempStore();
        var first = temp.Import(ImportKind.Appeals, temp.Write("a.csv", AppealHeader + "\n" +
            "A-1,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,+7 999 123-45-67\n" +
            "A-2,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,=СУММ(1)\n" + Appeal("A-3") + "\n"));
        Assert.Equal(3, first.Stored);
        var file = temp.File("appeal.csv");
        new ExportService(temp.Store).Export("appeal", file);
        Assert.Contains("'+7 999 123-45-67", File.ReadAllText(file));

        var again = temp.Import(ImportKind.Appeals, file);

        // The same three appeals: recognised as already stored, none rejected as a conflicting new version.
        Assert.Equal(0, again.Rejected);
        Assert.Equal(0, again.Stored);
        Assert.Equal(3, again.Duplicates);
    }
}
