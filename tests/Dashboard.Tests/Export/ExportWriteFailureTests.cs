using System.Net;
using System.Text.Json;
using Dapper;
using Dashboard.Export;
using Dashboard.Localization;
using Dashboard.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Export;

/// <summary>
/// #21.8: a background export whose file cannot be written ends as the job's own failed state — a Russian message with
/// the English after it and the cause, the <c>.partial</c> deleted, the exception logged — and nothing reaches Hangfire.
/// The disk problems are real: the partial file is a link to <c>/dev/full</c> (every write: "No space left on device"),
/// or the export folder is removed between the read and the finish.
/// </summary>
public class ExportWriteFailureTests
{
    private static DashboardFactory Host()
    {
        var factory = new DashboardFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        using var c = factory.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, channel, kind, received_at, registered_at, status)
            SELECT 'A-' || i, 'O01', 'individual', 'Петров Пётр ' || i, 'email', 'complaint',
                   TIMESTAMP '2026-10-01 10:00:00', TIMESTAMP '2026-10-01 10:00:00', 'open'
            FROM range(3000) t(i);
            """);
        return factory;
    }

    private static async Task<long> Request(HttpClient client, string format)
    {
        var response = await client.PostAsync($"/api/exports?kind=appeals&format={format}", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>The host's export job with a logger that keeps what it is told (the host's logging goes to the console).</summary>
    private static (ExportJob Job, Logged Log) Job(DashboardFactory factory)
    {
        var log = new Logged();
        var job = new ExportJob(factory.Service<ExportJobs>(), factory.Service<Analytics.Engine.Queries.Records.RecordsQuery>(),
            factory.Service<Ui>(), factory.Service<IOptions<ExportOptions>>(), factory.Store, TimeProvider.System, log);
        return (job, log);
    }

    private static void AssertFailedCleanly(ExportJobs jobs, long id, string partial, Logged log, string cause)
    {
        var row = jobs.Get(id)!;
        TestContext.Current.TestOutputHelper?.WriteLine(row.Message ?? "");
        Assert.Equal(("failed", (string?)null), (row.State, row.FilePath));
        Assert.StartsWith("выгрузка не сформирована: не удалось записать файл, запросите её снова / export failed: the file could not be written",
            row.Message, StringComparison.Ordinal);
        Assert.Contains(cause, row.Message, StringComparison.Ordinal);
        Assert.NotNull(row.FinishedAt);
        Assert.False(File.Exists(partial) || new FileInfo(partial).LinkTarget is not null, "the partial file (or link) is left behind");
        var entry = Assert.Single(log.Entries, e => e.Level == LogLevel.Error);
        Assert.NotNull(entry.Exception);
        Assert.Contains($"Export {id}", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("parquet")]
    public async Task ADiskThatIsFull_EndsTheJobAsFailed_WithARussianMessage_ThePartialDeleted_AndLogged(string format)
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full (Linux)");
        await using var factory = Host();
        var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var id = await Request(admin, format);
        var (job, log) = Job(factory);
        var jobs = factory.Service<ExportJobs>();
        var target = Path.Combine(job.Folder, jobs.Get(id)!.FileName);
        var partial = ExportJobs.Partial(target);
        Directory.CreateDirectory(job.Folder);
        File.CreateSymbolicLink(partial, "/dev/full"); // the file being written sits on a full disk

        job.Run(id, TestContext.Current.CancellationToken); // returns: nothing for Hangfire to catch

        AssertFailedCleanly(jobs, id, partial, log, "Exception");
        Assert.False(File.Exists(target));
        Assert.True(File.Exists("/dev/full"));           // the link went, not what it pointed at
        // A job that did not complete has no file to offer (the endpoint's answer for any unfinished job).
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync($"/api/exports/{id}/file", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheExportFolderRemovedBeforeTheFinish_EndsTheJobAsFailed_NotInHangfire()
    {
        await using var factory = Host();
        var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        var id = await Request(admin, "csv");
        var (job, log) = Job(factory);
        var jobs = factory.Service<ExportJobs>();
        var partial = ExportJobs.Partial(Path.Combine(job.Folder, jobs.Get(id)!.FileName));
        job.AfterRead = () => Directory.Delete(job.Folder, recursive: true); // an operator's cleanup script, a volume gone

        job.Run(id, TestContext.Current.CancellationToken);

        AssertFailedCleanly(jobs, id, partial, log, "FileNotFoundException");
    }

    private sealed record Entry(LogLevel Level, string Message, Exception? Exception);

    private sealed class Logged : ILogger<ExportJob>
    {
        public List<Entry> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add(new Entry(logLevel, formatter(state, exception), exception));
    }
}
