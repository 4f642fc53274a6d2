using Analytics.Engine.Access;
using Analytics.Engine.Privacy.Erasure;
using Analytics.Engine.Queries;
using Analytics.Engine.Queries.Export;
using Analytics.Engine.Queries.Records;
using Analytics.Engine.Tests.Support;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Tests.Privacy;

/// <summary>
/// #21.6 with #21.8, the nightly side of <see cref="ErasureDuringExportTests"/>: the retention sweep goes through the
/// same erasure fence (ADR 0031), so a background export whose read overlaps a sweep that pseudonymised rows reads the
/// store again and never publishes the values the sweep replaced. The file is written from the records view's real
/// query with personal data shown; the sweep runs between the read and the finish.
/// </summary>
public class RetentionDuringExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private const string OldName = "Давняя Нина Сергеевна";
    private const string OldPhone = "+7 (913) 555-02-02";
    private static readonly string[] Trace = [OldName, OldPhone, "LS-2020001"];

    private static readonly BranchScope Admin = new("admin", null, true);

    private static void Seed(TempStore s)
    {
        // One appeal answered more than 5 years before Now (AppealContactYears): the sweep replaces its contact; two recent ones stay.
        using var c = s.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone,
                                channel, kind, received_at, registered_at, answered_at, text) VALUES
                ('R-1', 'O01', 'individual', 'LS-2020001', $OldName, $OldPhone, 'email', 'complaint', '2021-02-01', '2021-02-01', '2021-02-10', 'Жалоба'),
                ('R-2', 'O01', 'individual', 'LS-1234567', 'Другой Человек', '+7 900 000-11-22', 'email', 'complaint', '2026-10-01', '2026-10-01', '2026-10-05', 'Другой'),
                ('R-3', 'O01', 'individual', 'LS-7654321', 'Третий Житель', '+7 900 000-33-44', 'email', 'complaint', '2026-10-02', '2026-10-02', '2026-10-06', 'Третий');
            """, new { OldName, OldPhone });
    }

    private static RetentionSweep Sweep(TempStore s) => new(s.Store, Options.Create(new RetentionOptions()), new FixedClock(Now));

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

    [Fact]
    public void ASweepDuringTheRead_TheExportReadsAgain_AndCompletesWithoutTheSweptValues()
    {
        using var s = new TempStore();
        Seed(s);
        var jobs = new ExportJobs(s.Store, TimeProvider.System);
        var id = jobs.Create(Admin, "appeals", "", "csv", "ru");
        var target = s.File("exports/records-appeals-1.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var reads = 0;
        string? firstRead = null;
        RetentionResult? swept = null;

        var written = jobs.Write(id, target, Writer(s, jobs, id, read =>
        {
            reads = read;
            if (read != 1) return;
            firstRead = File.ReadAllText(ExportJobs.Partial(target));
            swept = Sweep(s).Run();
            Assert.Equal("running", jobs.Get(id)!.State);
        }));

        Assert.Contains(OldName, firstRead);                // the first read held the values: without the fence the file would
        Assert.Equal(1, swept!.Appeals);
        Assert.Equal(2, reads);
        var job = jobs.Get(id)!;
        Assert.Equal(("completed", target, ConsumerErasure.ExportRereadMessage), (job.State, job.FilePath, job.Message));
        var text = File.ReadAllText(target);
        Assert.All(Trace, t => Assert.DoesNotContain(t, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(ConsumerIdentity.Placeholder, text); // the swept row is still there, pseudonymised: counts unchanged
        Assert.Contains("Другой Человек", text);            // recent appeals keep their contact
        Assert.Equal(3L, written);
        Assert.Equal((3L, (long?)3, (long?)new FileInfo(target).Length), (job.RowsWritten, job.RowsTotal, job.SizeBytes));
        Assert.False(File.Exists(ExportJobs.Partial(target)));
    }

    [Fact]
    public void ASweepThatChangesNothing_DuringTheRead_DoesNotMakeTheExportReadAgain()
    {
        using var s = new TempStore();
        Seed(s);
        Assert.Equal(1, Sweep(s).Run().Appeals);            // already swept: the nightly run below finds nothing
        var jobs = new ExportJobs(s.Store, TimeProvider.System);
        var id = jobs.Create(Admin, "appeals", "", "csv", "ru");
        var target = s.File("records-appeals-1.csv");
        var reads = 0;

        var written = jobs.Write(id, target, Writer(s, jobs, id, read =>
        {
            reads = read;
            Assert.Equal(0, Sweep(s).Run().Total);
        }));

        Assert.Equal(1, reads);
        var job = jobs.Get(id)!;
        Assert.Equal(("completed", (string?)null, 3L), (job.State, job.Message, job.RowsWritten));
        Assert.Equal(3L, written);
    }
}
