using Analytics.Engine.Reports;
using Dashboard.Jobs;
using Dashboard.Users;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Jobs;

public class MonthlyReportJobTests
{
    [Fact]
    public async Task Run_WritesAnnualQuarterlyAndDeclaration_ForCompanyAndBranch_AfterDecember()
    {
        using var f = new JobFixture();
        f.Options.ReportsFolder = Path.Combine(Path.GetDirectoryName(f.Store.FilePath)!, "rep");
        var job = new MonthlyReportJob(f.Store, new ReportService(f.Store, new ReportOptions()), new BranchQuery(f.Store), f.Clock,
            Microsoft.Extensions.Options.Options.Create(f.Options), NullLogger<MonthlyReportJob>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var files = await job.Run(2024, 12, ct);
        var again = await job.Run(2024, 12, ct);

        Assert.Equal(6, files.Count); // 3 documents × (company, B01)
        Assert.Equal(files, again);
        Assert.Equal(6, Directory.GetFiles(Path.Combine(f.Options.ReportsFolder, "2024")).Length);
        Assert.Contains(files, p => p.EndsWith("declaration-2024-B01.pdf", StringComparison.Ordinal));
        Assert.All(files, p => Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(p)[..4]));
    }

    [Fact]
    public async Task Run_DefaultsToPreviousMonth_AndWritesOnlyAnnual_MidQuarter()
    {
        using var f = new JobFixture(); // clock: 10 March 2025 → February 2025
        f.Options.ReportsFolder = Path.Combine(Path.GetDirectoryName(f.Store.FilePath)!, "rep");
        var job = new MonthlyReportJob(f.Store, new ReportService(f.Store, new ReportOptions()), new BranchQuery(f.Store), f.Clock,
            Microsoft.Extensions.Options.Options.Create(f.Options), NullLogger<MonthlyReportJob>.Instance);

        var files = await job.Run(null, null, TestContext.Current.CancellationToken);

        Assert.Equal(["annual-2025-to-02-company.pdf", "annual-2025-to-02-B01.pdf"], files.Select(Path.GetFileName));
    }
}
