using Analytics.Engine.Reports;
using Analytics.Engine.Store;
using Dashboard.Reports;
using Dashboard.Users;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Monthly, for the month just ended, for the company and every branch: the annual report so far; after a quarter's
/// last month, the quarterly client report; after December, the Declaration of Conformity. Files go to
/// <c>{ReportsFolder}/{year}/</c> with stable names and are replaced atomically, so re-running a month rewrites the
/// same files rather than adding copies.
/// </summary>
public sealed class MonthlyReportJob(AnalyticsStore store, ReportService reports, BranchQuery branches, TimeProvider clock,
    IOptions<JobsOptions> options, ILogger<MonthlyReportJob> logger)
{
    public string Folder => JobsOptions.Resolve(options.Value.ReportsFolder, store.FilePath);

    /// <summary>Reports for <paramref name="year"/>/<paramref name="month"/>; null = the month before today.</summary>
    [Hangfire.JobDisplayName(JobNames.MonthlyReports)]
    public Task<IReadOnlyList<string>> Run(int? year, int? month, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.Zone()).DateTime);
        var period = year is { } y && month is { } m ? new DateOnly(y, m, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var written = new List<string>();
        var units = new List<string?> { null };
        units.AddRange(branches.List().Select(b => (string?)b.Code));
        foreach (var code in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            written.Add(Write(ReportFiles.Name(ReportFiles.Annual, period.Year, null, period.Month, code), period.Year,
                s => reports.Annual(period.Year, s, code)));
            if (period.Month % 3 == 0)
                written.Add(Write(ReportFiles.Name(ReportFiles.Quarterly, period.Year, period.Month / 3, null, code), period.Year,
                    s => reports.Quarterly(period.Year, period.Month / 3, s, code)));
            if (period.Month == 12)
                written.Add(Write(ReportFiles.Name(ReportFiles.Declaration, period.Year, null, null, code), period.Year,
                    s => reports.Declaration(period.Year, s, code)));
        }
        written.RemoveAll(p => p.Length == 0);
        logger.LogInformation("Monthly reports for {Period:yyyy-MM}: {Count} files in {Folder}", period, written.Count, Folder);
        return Task.FromResult<IReadOnlyList<string>>(written);
    }

    /// <summary>
    /// Writes one report; a period still running (a Declaration or quarter asked for by hand before it ends) is
    /// refused by <see cref="ReportService"/> and skipped here with a warning, never written as if final.
    /// The annual report of the running year is a draft marked «ПРОЕКТ» over its finished months.
    /// </summary>
    private string Write(string fileName, int year, Action<Stream> render)
    {
        var directory = Path.Combine(Folder, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        var temp = path + ".tmp";
        try
        {
            using (var file = File.Create(temp)) render(file);
        }
        catch (ArgumentOutOfRangeException e)
        {
            File.Delete(temp);
            logger.LogWarning("Report {File} skipped: {Reason}", fileName, e.Message);
            return "";
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
