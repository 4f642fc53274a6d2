using System.Text;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>Invisible characters are rejected or normalised, never silently cut; implausible dates are rejected (#21.1).</summary>
public class InvisibleAndDateTests
{
    [Fact]
    public void Import_RejectsNulByte_AfterTheFirst64Kb_NamingTheField()
    {
        using var temp = new TempStore();
        var text = new StringBuilder(AppealHeader + "\n");
        for (var i = 1; i <= 1_000; i++) text.Append(Appeal($"A-{i}")).Append('\n');
        Assert.True(Encoding.UTF8.GetByteCount(text.ToString()) > 64 * 1024);
        text.Append("A-1001,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,Сч\0ёт\n");
        var path = temp.Write("nul.csv", text.ToString());

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((1_001L, 1_000L, 1L), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal((1_002L, "Тема"), (reject.Line, reject.Column));
        Assert.Contains("NUL", reject.Reason);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-1001'"));
    }

    [Fact]
    public void Import_NormalisesZeroWidthCharacters_SoALookalikeKeyIsADuplicate()
    {
        using var temp = new TempStore();
        var path = temp.Write("zw.csv", AppealHeader + "\n" + Appeal("A-1") + "\n" + Appeal("A-\u200B1") + "\n" +
            Appeal("\uFEFFA-2\u200D") + "\n");

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((3L, 2L, 1L, 0L), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-1'"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-2'"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal WHERE regexp_matches(register_no, '[\u200B\u200D\uFEFF]')"));
    }

    [Theory]
    [InlineData("31.12.9999")]
    [InlineData("01.01.0001")]
    [InlineData("01.01.1900 10:00")]
    public void Import_RejectsImplausibleDate_WithTheRange(string date)
    {
        using var temp = new TempStore();
        var path = temp.Write("dates.csv", AppealHeader + "\n" + Appeal("A-1") + "\n" + Appeal("A-2", date: date) + "\n");

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((2L, 1L, 1L), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal((3L, "Дата поступления"), (reject.Line, reject.Column));
        Assert.Contains("outside the plausible range 01.01.1990", reject.Reason);
    }

    [Fact]
    public void Import_AcceptsDates_WithinAConfiguredRange()
    {
        using var temp = new TempStore();
        var path = temp.Write("old.csv", AppealHeader + "\n" + Appeal("A-1", date: "15.06.1985") + "\n");

        var s = temp.Import(ImportKind.Appeals, path, new ImportOptions { EarliestDate = new DateTime(1980, 1, 1) });

        Assert.Equal(1, s.Stored);
    }
}
