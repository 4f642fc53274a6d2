using Analytics.Engine.Access;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Queries;
using Analytics.Engine.Queries.Export;
using Analytics.Engine.Queries.Records;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21.6 with #21.8: a background export whose read overlaps a consumer's erasure is not lost — <see cref="ExportJobs.Write"/>
/// reads the store again and completes with a file equal to an export requested after the erasure (ADR 0031). The
/// file is written from the records view's real query (<see cref="RecordsQuery.Pages"/>, personal data shown, so the
/// person would be in a file read before the erasure); the erasure runs between the read and the finish.
/// </summary>
public class ErasureDuringExportTests
{
    private const string Key = "LS-5550001";
    private const string Name = "Фоновая Ольга Петровна";
    private const string Phone = "+7 (913) 555-00-01";
    private static readonly string[] Trace = [Key, Name, Phone, "Фоновая"];

    private static readonly BranchScope Admin = new("admin", null, true);

    private static void Seed(TempStore s)
    {
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone,
                                channel, kind, received_at, registered_at, answered_at, text) VALUES
                ('B-1', 'O01', 'individual', $Key, $Name, $Phone, 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Пишет ' || $Name),
                ('B-2', 'O01', 'individual', 'LS-1234567', 'Другой Человек', '+7 900 000-11-22', 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Другой'),
                ('B-3', 'O01', 'individual', 'LS-7654321', 'Третий Житель', '+7 900 000-33-44', 'email', 'complaint', '2026-10-02', '2026-10-02', '2026-10-06', 'Третий');
            """, new { Key, Name, Phone });
    }

    /// <summary>A writer as the export job's: the records view's pages in the job's scope, one CSV line per row; then <paramref name="afterRead"/>.</summary>
    private static Func<string, long> Writer(TempStore s, ExportJobs jobs, long id, Action<int> afterRead)
    {
        var records = new RecordsQuery(s.Store, TimeProvider.System, [new AppealRecords(s.Store)]);
        var reads = 0;
        return path =>
        {
            long written = 0;
            var started = false;
            using (var file = new StreamWriter(path))
                foreach (var page in records.Pages("appeals", new QueryFilter(), new Dictionary<string, string>(), jobs.Get(id)!.Scope, k => k, 2))
                {
                    if (written == 0) file.Write(TableView.CsvLine(page.View.Columns));
                    foreach (var row in page.View.Rows) file.Write(TableView.CsvLine(row.Select(TableView.Format)));
                    written += page.View.Rows.Count;
                    if (!started) { jobs.Started(id, page.Total); started = true; }
                    jobs.Progress(id, written);
                }
            afterRead(++reads);
            return written;
        };
    }

    private static long Appeals(TempStore s)
    {
        using var c = s.Store.Open();
        return c.ExecuteScalar<long>("SELECT count(*) FROM appeal");
    }

    [Fact]
    public void AnErasureDuringTheRead_TheExportReadsAgain_AndCompletesWithoutThePerson()
    {
        using var s = new TempStore();
        Seed(s);
        var jobs = new ExportJobs(s.Store, TimeProvider.System);
        var id = jobs.Create(Admin, "appeals", "", "csv", "ru");
        var target = s.File("exports/records-appeals-1.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var reads = 0;
        string? firstRead = null;

        var written = jobs.Write(id, target, Writer(s, jobs, id, read =>
        {
            reads = read;
            if (read != 1) return;
            firstRead = File.ReadAllText(ExportJobs.Partial(target));
            new ConsumerErasure(s.Store).Erase(Key, "admin");
            Assert.Equal("running", jobs.Get(id)!.State); // the erasure did not touch the running job: it is not finished
        }));

        Assert.Contains(Name, firstRead);                  // the first read held the person: without the re-read, the file would
        Assert.Equal(2, reads);
        var job = jobs.Get(id)!;
        Assert.Equal(("completed", target, ConsumerErasure.ExportRereadMessage), (job.State, job.FilePath, job.Message));
        var text = File.ReadAllText(target);
        Assert.All(Trace, t => Assert.DoesNotContain(t, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Другой Человек", text);
        Assert.Equal(Appeals(s), written);
        Assert.Equal((Appeals(s), (long?)Appeals(s), (long?)new FileInfo(target).Length), (job.RowsWritten, job.RowsTotal, job.SizeBytes));
        Assert.Equal(Appeals(s) + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.False(File.Exists(ExportJobs.Partial(target)));
    }

    [Fact]
    public void NoErasureDuringTheRead_ReadsOnce_AsBefore()
    {
        using var s = new TempStore();
        Seed(s);
        var jobs = new ExportJobs(s.Store, TimeProvider.System);
        var id = jobs.Create(Admin, "appeals", "", "csv", "ru");
        // An erasure after the request but before the read: the read already sees the store without the person.
        new ConsumerErasure(s.Store).Erase(Key, "admin");
        var target = s.File("records-appeals-1.csv");
        var reads = 0;

        var written = jobs.Write(id, target, Writer(s, jobs, id, read => reads = read));

        Assert.Equal(1, reads);
        var job = jobs.Get(id)!;
        Assert.Equal(("completed", (string?)null, 3L), (job.State, job.Message, job.RowsWritten));
        Assert.Equal(3L, written);
        Assert.All(Trace, t => Assert.DoesNotContain(t, File.ReadAllText(target), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ErasuresDuringEveryRead_GiveUpAfterMaxReads_WithARussianMessage_AndNoFile()
    {
        using var s = new TempStore();
        Seed(s);
        var jobs = new ExportJobs(s.Store, TimeProvider.System);
        var id = jobs.Create(Admin, "appeals", "", "csv", "ru");
        var target = s.File("records-appeals-1.csv");
        var reads = 0;
        string? between = null;

        var written = jobs.Write(id, target, Writer(s, jobs, id, read =>
        {
            if (read == 2) between = jobs.Get(id)!.Message; // said while the second read runs
            reads = read;
            new ConsumerErasure(s.Store).Erase(read % 2 == 1 ? Key : "LS-1234567", "admin");
        }));

        Assert.Null(written);
        Assert.Equal(ExportJobs.MaxReads, reads);
        Assert.Equal(ConsumerErasure.ExportRereadingMessage, between);
        var job = jobs.Get(id)!;
        Assert.Equal(("failed", (string?)null, ConsumerErasure.ExportGaveUpMessage(ExportJobs.MaxReads)), (job.State, job.FilePath, job.Message));
        Assert.StartsWith("выгрузка не сформирована: во время каждой из 4 попыток", job.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(ExportJobs.Partial(target)));
    }

    [Fact]
    public void AnExportFinishedBeforeTheErasure_IsCleanedByIt_NotLeftBehind()
    {
        // The other side of the fence: a job completed before the erasure is among the finished exports it rewrites.
        using var s = new TempStore();
        Seed(s);
        var jobs = new ExportJobs(s.Store, TimeProvider.System);
        var id = jobs.Create(Admin, "appeals", "", "csv", "ru");
        var target = s.File("records-appeals-1.csv");
        jobs.Write(id, target, Writer(s, jobs, id, _ => { }));
        Assert.Contains(Name, File.ReadAllText(target));

        var result = new ConsumerErasure(s.Store).Erase(Key, "admin");

        Assert.Equal(1, result.Exports);
        Assert.All(Trace, t => Assert.DoesNotContain(t, File.ReadAllText(target), StringComparison.OrdinalIgnoreCase));
        Assert.Equal((2L, ConsumerErasure.RowsErasedMessage(1)), (jobs.Get(id)!.RowsWritten, jobs.Get(id)!.Message));
    }
}
