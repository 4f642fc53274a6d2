using Analytics.Engine.Indicators;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Tests.Indicators;

public class IndicatorTrendsTests
{
    private static IndicatorResultSet Monthly(int months, Func<int, double?> value) => new("standard", 1, MethodologyMode.Standard,
        OrgLevel.Company, Granularity.Month, null, null,
        [.. Enumerable.Range(0, months).Select(k => new UnitPeriodResult(OrgLevel.Company, "CO", "Company", Granularity.Month,
            new DateOnly(2024, 1, 1).AddMonths(k), $"m{k}",
            [new IndicatorValue("execution", value(k), 100, null, null, 1, [])]))]);

    [Fact]
    public void Of_GivesMannKendallAndSenSlope_WhenStrictlyIncreasing()
    {
        var trend = IndicatorTrends.Of(Monthly(10, k => 0.5 + 0.01 * k), "CO", "execution");

        Assert.Equal(10, trend.Points.Count);
        Assert.Equal(45, trend.MannKendall!.S);            // n(n−1)/2 concordant pairs
        Assert.Equal(1, trend.MannKendall.Tau, 10);
        Assert.Equal(0.01, trend.MannKendall.SenSlope, 10);
        Assert.True(trend.MannKendall.PValue < 0.001);
    }

    [Fact]
    public void Of_HasNoTest_WhenFewerThanEightValuedPeriods()
    {
        var trend = IndicatorTrends.Of(Monthly(9, k => k % 3 == 0 ? null : k), "CO", "execution");
        Assert.Null(trend.MannKendall);
        Assert.Equal(9, trend.Points.Count);
    }
}
