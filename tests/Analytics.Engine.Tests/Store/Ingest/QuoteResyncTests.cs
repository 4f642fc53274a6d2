using System.Text;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>A broken quote swallows at most the rest of its own line (#21.1, ADR 0002).</summary>
public class QuoteResyncTests
{
    [Fact]
    public void Import_RejectsOnlyTheStrayQuoteLine_InAMillionRowFile()
    {
        using var temp = new TempStore();
        var path = temp.File("stray-1m.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(AppealHeader + "\n");
            writer.Write("A-0000001,OF1,\"Физическое лицо,Телефон,Жалоба,01.02.2025 10:00,Счёт\n"); // line 2: quote never closed
            for (var i = 2; i <= 1_000_000; i++) writer.Write(Appeal($"A-{i:D7}") + "\n");
        }

        var s = temp.Import(ImportKind.Appeals, path);

        AssertConserved(s);
        Assert.Equal((1_000_000L, 999_999L, 1L), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal((2L, "Тип потребителя"), (reject.Line, reject.Column));
        Assert.Contains("broken quoting", reject.Reason);
        Assert.Equal(999_999, temp.Count("SELECT count(*) FROM appeal"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM quarantine WHERE line = 2 AND raw LIKE 'A-0000001,OF1,\"Физ%'"));
    }

    [Fact]
    public void Import_ReadsEveryOtherLine_WhenAQuoteOpensOnLine3Of503()
    {
        using var temp = new TempStore();
        var lines = new List<string> { AppealHeader, Appeal("A-1"), "A-2,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,\"Счёт" };
        for (var i = 3; i <= 502; i++) lines.Add(Appeal($"A-{i}"));
        // A later well-formed quoted field must not close the stray quote of line 3 and swallow the lines between.
        lines[200] = "A-200,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,\"Счёт, долг\"";
        var path = temp.Write("stray-503.csv", string.Join("\r\n", lines) + "\r\n");

        var s = temp.Import(ImportKind.Appeals, path);

        AssertConserved(s);
        Assert.Equal((502L, 501L, 1L), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal((3L, "Тема"), (reject.Line, reject.Column));
        Assert.Equal("Счёт, долг", temp.Scalar("SELECT topic FROM appeal WHERE register_no = 'A-200'"));
    }

    [Fact]
    public void Import_KeepsLineBreaksInQuotes_WithinTheLimit_AndTrueLineNumbersAfter()
    {
        using var temp = new TempStore();
        var path = temp.Write("multi.csv", AppealHeader + "\n" +
            "A-1,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,\"Счёт\nза март\nи апрель\"\n" +
            Appeal("A-2", date: "31.02.2025") + "\n");

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((2L, 1L, 1L), (s.Read, s.Stored, s.Rejected));
        Assert.Equal(5, Assert.Single(s.Rejects).Line);
        Assert.Equal("Счёт\nза март\nи апрель", temp.Scalar("SELECT topic FROM appeal WHERE register_no = 'A-1'"));
    }

    [Fact]
    public void Import_RejectsTheOpeningLine_WhenQuotedLinesExceedTheLimit()
    {
        using var temp = new TempStore();
        var path = temp.Write("long-quote.csv", AppealHeader + "\n" +
            "A-1,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,\"a\nb\nc\nd\"\n" + Appeal("A-2") + "\n");

        var s = temp.Import(ImportKind.Appeals, path, new ImportOptions { MaxQuotedLines = 3 });

        AssertConserved(s);
        // Line 2 is cut; lines 3-5 are read on their own (no fields enough, or a stray quote); A-2 is stored.
        Assert.Equal(1, s.Stored);
        Assert.Contains(s.Rejects, r => r.Line == 2 && r.Reason.Contains("broken quoting") && r.Column == "Тема");
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-2'"));
    }

    [Fact]
    public void Import_RejectsUnclosedQuoteOnTheLastLine_WithoutANewline()
    {
        using var temp = new TempStore();
        var path = temp.Write("tail.csv", AppealHeader + "\n" + Appeal("A-1") + "\n" + "A-2,OF1,Физическое лицо,Телефон,Жалоба,01.02.2025,\"Сч");

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((2L, 1L, 1L), (s.Read, s.Stored, s.Rejected));
        Assert.Equal(3, Assert.Single(s.Rejects).Line);
    }
}
