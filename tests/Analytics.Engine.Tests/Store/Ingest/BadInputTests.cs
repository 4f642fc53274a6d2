using System.Diagnostics;
using System.Text;
using Analytics.Engine.Store;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Support;
using static Analytics.Engine.Tests.Store.Ingest.IngestFixture;

namespace Analytics.Engine.Tests.Store.Ingest;

public class BadInputTests
{
    [Fact]
    public void Import_Refuses_WhenFileIsEmpty()
    {
        using var temp = new TempStore();
        var ex = Assert.Throws<ImportRefusedException>(() => temp.Import(ImportKind.Appeals, temp.Write("empty.csv", "")));
        Assert.Contains("empty.csv: the file is empty", ex.Message);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM import_run"));
    }

    [Fact]
    public void Import_ReadsNothing_WhenFileHasOnlyAHeader()
    {
        using var temp = new TempStore();
        var s = temp.Import(ImportKind.Appeals, temp.Write("h.csv", AppealHeader + "\r\n"));
        Assert.Equal((0, 0, 0, 0), (s.Read, s.Stored, s.Duplicates, s.Rejected));
        Assert.Contains(s.Warnings, w => w.Contains("no data rows"));
    }

    [Fact]
    public void Import_Refuses_WhenFileIsBinary()
    {
        using var temp = new TempStore();
        var path = temp.File("image.csv");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var ex = Assert.Throws<ImportRefusedException>(() => temp.Import(ImportKind.Appeals, path));
        Assert.Contains("not a text file", ex.Message);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal"));
    }

    [Fact]
    public void Import_Refuses_WhenFileIsUtf16()
    {
        using var temp = new TempStore();
        var path = temp.Write("u16.csv", AppealHeader + "\n" + Appeal("A-1"), Encoding.Unicode);
        var ex = Assert.Throws<ImportRefusedException>(() => temp.Import(ImportKind.Appeals, path));
        Assert.Contains("UTF-16", ex.Message);
    }

    [Fact]
    public void Import_RejectsLine_WhenItHasInvalidUtf8AfterAValidStart()
    {
        using var temp = new TempStore();
        var head = Encoding.UTF8.GetBytes(AppealHeader + "\n" + Appeal("A-1") + "\n" + new string('#', 70_000) + "\n");
        var tail = TextSnifferBytes(Appeal("A-2") + "\n");
        var path = temp.File("mixed.csv");
        File.WriteAllBytes(path, [.. head, .. tail]);

        var s = temp.Import(ImportKind.Appeals, path);

        AssertConserved(s);
        Assert.Equal(1, s.Stored);
        Assert.Contains(s.Rejects, r => r.Line == 4 && r.Reason.Contains("invalid UTF-8"));
    }

    [Fact]
    public void Import_RejectsHugeLine_AndKeepsReadingTheNextLines()
    {
        using var temp = new TempStore();
        var path = temp.File("huge.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.WriteLine(AppealHeader);
            writer.WriteLine(Appeal("A-1"));
            writer.Write("A-2,OF1,ФЛ,Телефон,Жалоба,01.02.2025,");
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 100; i++) writer.Write(chunk);
            writer.WriteLine();
            writer.WriteLine(Appeal("A-3"));
        }
        // This thread's allocations only: tests of other classes run in parallel in the same process, and the line is
        // read and clipped on the calling thread (the merging thread only ever sees the clipped text).
        var before = GC.GetAllocatedBytesForCurrentThread();

        var s = temp.Import(ImportKind.Appeals, path);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal((3, 2, 1), (s.Read, s.Stored, s.Rejected));
        var reject = Assert.Single(s.Rejects);
        Assert.Equal(3, reject.Line);
        Assert.Contains("over the limit", reject.Reason);
        Assert.True(allocated < 64L << 20, $"allocated {allocated:N0} bytes for a 100 MB line");
    }

    [Fact]
    public void Import_Refuses_WhenStoreIsHeldByAnotherProcess()
    {
        using var temp = new TempStore();
        var path = temp.Write("a.csv", AppealHeader + "\n" + Appeal("A-1") + "\n");
        using var holder = StartLockHolder(temp.Path_);
        try
        {
            var ex = Assert.Throws<StoreLockedException>(() => temp.Import(ImportKind.Appeals, path));
            Assert.Contains($"PID {holder.Id}", ex.Message);
        }
        finally
        {
            holder.StandardInput.Close();
            holder.WaitForExit(10_000);
        }
        Assert.Equal(0, temp.Count("SELECT count(*) FROM appeal"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM import_run"));
    }

    private static byte[] TextSnifferBytes(string text) => Analytics.Engine.Store.Ingest.Sources.TextSniffer.Windows1251.GetBytes(text);

    private static Process StartLockHolder(string store)
    {
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory); // …/tests/Analytics.Engine.Tests/bin/<Config>/<tfm>/
        var tfm = baseDir.Name;
        var config = baseDir.Parent!.Name;
        var dll = Path.Combine(baseDir.Parent!.Parent!.Parent!.Parent!.FullName, "StoreLockHolder", "bin", config, tfm, "StoreLockHolder.dll");
        var info = new ProcessStartInfo("dotnet", [dll, store]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        var process = Process.Start(info)!;
        Assert.Equal("ready", process.StandardOutput.ReadLine());
        return process;
    }
}
