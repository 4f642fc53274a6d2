using Dashboard.Access;
using Dashboard.Records;
using Hangfire;

namespace Dashboard.Export;

/// <summary>
/// Asks for a background export of a records view, from the records page's button or <c>POST /api/exports</c>: checks
/// the kind and format, stores the job with the requester's scope, writes the request to the access log and hands the
/// job to Hangfire.
/// </summary>
public sealed class ExportRequests(ExportJobs jobs, RecordsQuery records, AccessLog log, IServiceProvider services)
{
    public static readonly string[] Formats = ["csv", "xlsx", "parquet"];

    /// <summary>The new job's id; <see cref="ArgumentException"/> for an unknown kind or format.</summary>
    public long Request(UserScope scope, string kind, string query, string format, string language)
    {
        if (records.Source(kind) is null)
            throw new ArgumentException($"Unknown records '{kind}': {string.Join(", ", records.Kinds)}.", nameof(kind));
        if (!Formats.Contains(format)) throw new ArgumentException("format must be csv, xlsx or parquet.", nameof(format));
        var id = jobs.Create(scope, kind, query.TrimStart('?'), format, language);
        log.Record(scope.UserName, "export", $"export-job/{id}", scope.BranchCode,
            $"requested records/{kind} format={format}" + (query.Length > 0 ? " " + query.TrimStart('?') : ""));
        // Resolved here, not injected: Hangfire's client is built on first use, so pages that never export never build it.
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<ExportJob>(j => j.Run(id, CancellationToken.None));
        return id;
    }

    /// <summary>The job when <paramref name="scope"/> may download its file: its requester, or an Admin.</summary>
    public static bool MayDownload(ExportJobRow job, UserScope scope, bool admin) => admin || job.UserName == scope.UserName;
}
