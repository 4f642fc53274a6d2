using Analytics.Engine.Indicators;
using Dashboard.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Jobs;

public class IndicatorRecomputeJobTests
{
    [Fact]
    public async Task Run_RecomputesChangedMonths_ThenNothingOnASecondRun()
    {
        using var f = new JobFixture();
        f.AddAppeal("A-1", "O01", new DateTime(2025, 2, 20), answered: new DateTime(2025, 2, 10));
        var job = new IndicatorRecomputeJob(new IndicatorService(f.Store), NullLogger<IndicatorRecomputeJob>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var first = await job.Run(ct);
        var second = await job.Run(ct);

        Assert.Contains(new DateOnly(2025, 1, 1), first.Months);
        Assert.Empty(second.Months);
    }
}
