using System.Globalization;
using Dashboard.Filters;
using Dashboard.Localization;
using Dashboard.Records;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Dashboard.Export;

/// <summary>
/// The Hangfire job behind a background export: reads the records view page by page through
/// <see cref="RecordsQuery.Pages"/> (the page export's code path: scope, masking, labels) in the requester's scope and
/// language, streams them to <c>Exports:Folder</c>, and stores the progress the <c>/exports</c> page shows. The file is
/// written as <c>.partial</c> and put in place by <see cref="ExportJobs.Write"/> when complete, so a half-written file —
/// or one read before a consumer's erasure committed — is never offered.
/// </summary>
public sealed class ExportJob(ExportJobs jobs, RecordsQuery records, Ui t, IOptions<ExportOptions> options,
    Analytics.Engine.Store.AnalyticsStore store, TimeProvider clock, ILogger<ExportJob> logger)
{
    /// <summary>Tests: runs after each read of the store, before the job finishes (where an erasure may land).</summary>
    internal Action? AfterRead { get; set; }

    public string Folder => Jobs.JobsOptions.Resolve(options.Value.Folder, store.FilePath);

    /// <summary>Runs export <paramref name="id"/>; a failure is stored on the job (shown on the page), not retried.</summary>
    [AutomaticRetry(Attempts = 0)]
    [Hangfire.JobDisplayName(Jobs.JobNames.Export)]
    public void Run(long id, CancellationToken cancellationToken)
    {
        if (jobs.Get(id) is not { State: "queued" } job) return; // Unknown, or already run: nothing to do twice.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(job.Language == "en" ? "en" : "ru");
        var target = Path.Combine(Folder, job.FileName);
        var partial = ExportJobs.Partial(target);
        try
        {
            Directory.CreateDirectory(Folder);
            var query = new QueryCollection(QueryHelpers.ParseQuery(job.Query));
            var source = records.Source(job.Kind) ?? throw new ArgumentException($"Unknown records '{job.Kind}'.");
            var filter = DashboardFilter.FromQuery(query).Only(source.Applies);
            var keys = RecordLinks.Keys(source, k => query.TryGetValue(k, out var v) ? v.ToString() : null);
            // The Engine's ExportJobs.Write puts the file in place and completes the job; it calls this again when a
            // consumer's erasure committed during the read (ADR 0031), so each call reads the store from scratch.
            var written = jobs.Write(id, target, path =>
            {
                var started = false;
                var count = RecordFile.Write(job.Format, path, records.Pages(job.Kind, filter, keys, job.Scope, t, options.Value.PageRows),
                    (rows, total) =>
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (!started) { jobs.Started(id, total); started = true; }
                        jobs.Progress(id, rows);
                    });
                AfterRead?.Invoke();
                return count;
            });
            if (written is null) logger.LogWarning("Export {Id} ({Kind}, {Format}) gave up: erasures kept landing during its reads", id, job.Kind, job.Format);
            else logger.LogInformation("Export {Id} ({Kind}, {Format}) wrote {Rows} rows to {File}", id, job.Kind, job.Format, written, target);
        }
        catch (OperationCanceledException e)
        {
            DeletePartial(partial);
            jobs.Failed(id, e.Message);
            logger.LogWarning(e, "Export {Id} cancelled", id);
        }
        catch (Exception e)
        {
            // Whatever the writer threw — a full disk, a folder removed, MiniExcel's or DuckDB's own error — ends as
            // this job's failed state with a message the page shows, never as an exception Hangfire would keep.
            DeletePartial(partial);
            jobs.Failed(id, ExportJobs.WriteFailedMessage(e));
            logger.LogError(e, "Export {Id} ({Kind}, {Format}) failed", id, job.Kind, job.Format);
        }
        finally { CultureInfo.CurrentUICulture = culture; }
    }

    private void DeletePartial(string partial)
    {
        try { File.Delete(partial); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { logger.LogWarning(e, "Could not delete {File}", partial); }
    }

    /// <summary>Nightly: deletes files and marks jobs older than <c>Exports:KeepDays</c> as expired.</summary>
    [Hangfire.JobDisplayName(Jobs.JobNames.ExportCleanup)]
    public int Cleanup(CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var job in jobs.OlderThan(clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepDays)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try { if (job.FilePath is { } path) File.Delete(path); }
            catch (IOException e) { logger.LogWarning(e, "Could not delete export file {File}", job.FilePath); continue; }
            jobs.Expired(job.Id);
            removed++;
        }
        return removed;
    }
}
