using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.XlsxFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

/// <summary>Damaged, sparse and giant XLSX files end in a clear refusal or per-row rejects, in bounded memory (#21.4).</summary>
public class HostileXlsxTests
{
    [Fact]
    public void Import_ReadsInlineAndSharedStrings_FromAStreamedSheet()
    {
        using var temp = new TempStore();
        var path = temp.File("ok.xlsx");
        Write(path, w => w.Write(SheetStart() + Row(1, AppealHeaderCells) + Row(2, AppealCells("A-1")) +
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>" + string.Concat(AppealCells("x").Skip(1).Select((c, i) => $"<c r=\"{(char)('B' + i)}3\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>" + SheetEnd),
            s => s.Write($"<sst xmlns=\"{Ns}\"><si><r><t>A-</t></r><r><t>2</t></r><rPh><t>ignored</t></rPh></si></sst>"));

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((2L, 2L), (s.Read, s.Stored));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-2'"));
    }

    [Fact]
    public void Import_RefusesDamagedSheet_NamingThePart()
    {
        using var temp = new TempStore();
        var path = temp.File("broken.xlsx");
        Write(path, w => w.Write(SheetStart() + Row(1, AppealHeaderCells) + Row(2, AppealCells("A-1")) +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>A-2</t></is></c><c r=\"B3\" t=\"inl"));

        var ex = Assert.Throws<ImportRefusedException>(() => temp.Import(ImportKind.Appeals, path));

        Assert.Contains("broken.xlsx: файл повреждён", ex.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", ex.Message);
        Assert.Equal("failed", temp.Scalar("SELECT status FROM import_run"));
    }

    [Fact]
    public void Import_RefusesDamagedSharedStrings_NamingThePart()
    {
        using var temp = new TempStore();
        var path = temp.File("broken-sst.xlsx");
        Write(path, w => w.Write(SheetStart() + Row(1, AppealHeaderCells) + SheetEnd), s => s.Write($"<sst xmlns=\"{Ns}\"><si><t>A-1</si>"));

        var ex = Assert.Throws<ImportRefusedException>(() => temp.Import(ImportKind.Appeals, path));

        Assert.Contains("файл повреждён", ex.Message);
        Assert.Contains("xl/sharedStrings.xml", ex.Message);
    }

    [Fact]
    public void Import_IgnoresTheDeclaredDimension_AndRejectsARowWithACellAtXfd()
    {
        using var temp = new TempStore();
        var path = temp.File("sparse.xlsx");
        Write(path, w => w.Write(SheetStart("A1:XFD1048576") + Row(1, AppealHeaderCells) + Row(2, AppealCells("A-1")) +
            "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + SheetEnd));
        Assert.True(new FileInfo(path).Length < 4_096);

        var s = temp.Import(ImportKind.Appeals, path);

        Assert.Equal((2L, 1L, 1L), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal(1_048_576, reject.Line);
        Assert.Contains("16384 fields", reject.Reason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_RejectsTheRowOfAGiantCell_WithoutHoldingIt(bool shared)
    {
        using var temp = new TempStore();
        var path = temp.File("giant.xlsx");
        var chunk = new string('x', 1 << 20);
        void Giant(TextWriter w) { for (var i = 0; i < 40; i++) w.Write(chunk); }
        if (shared)
            Write(path, w => w.Write(SheetStart() + Row(1, AppealHeaderCells) + Row(2, AppealCells("A-1")) +
                    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>" + Row(4, AppealCells("A-3")) + SheetEnd),
                s => { s.Write($"<sst xmlns=\"{Ns}\"><si><t>"); Giant(s); s.Write("</t></si></sst>"); });
        else
            Write(path, w =>
            {
                w.Write(SheetStart() + Row(1, AppealHeaderCells) + Row(2, AppealCells("A-1")) + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>");
                Giant(w);
                w.Write("</t></is></c></row>" + Row(4, AppealCells("A-3")) + SheetEnd);
            });
        var before = GC.GetAllocatedBytesForCurrentThread();

        var s = temp.Import(ImportKind.Appeals, path);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal((3L, 2L, 1L), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal((3L, "Рег. номер"), (reject.Line, reject.Column));
        Assert.Contains("Imports:MaxCellChars", reject.Reason);
        Assert.True(allocated < 64L << 20, $"allocated {allocated:N0} bytes for a 40 M-character cell");
    }

    [Fact]
    public void Import_StopsMidSheet_WhenCancelled_AndTheRunIsInterrupted()
    {
        using var temp = new TempStore();
        var path = temp.File("long.xlsx");
        Write(path, w =>
        {
            w.Write(SheetStart() + Row(1, AppealHeaderCells));
            for (var r = 2; r < 400_000; r++) w.Write($"<row r=\"{r}\"/>");
            w.Write(Row(400_000, AppealCells("A-1")) + SheetEnd);
        });
        using var cts = new CancellationTokenSource();
        var bytes = File.ReadAllBytes(path);
        using var stream = new CancelAfterStream(bytes, bytes.Length / 2, cts);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new ImportService(temp.Store).Import(ImportKind.Appeals, stream, "long.xlsx", null, null, cts.Token));

        Assert.Equal("interrupted", temp.Scalar("SELECT status FROM import_run"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal"));
    }

    /// <summary>A seekable file image that cancels once reading passes a position (the middle of the sheet part).</summary>
    private sealed class CancelAfterStream(byte[] bytes, int at, CancellationTokenSource cts) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => Check(base.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Check(base.Read(buffer));

        private int Check(int n)
        {
            if (Position > at) cts.Cancel();
            return n;
        }
    }
}
