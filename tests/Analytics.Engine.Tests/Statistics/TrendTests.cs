using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

// Mann–Kendall references: S, Var(S) = n(n−1)(2n+5)/18 minus tie terms (Gilbert 1987, Statistical Methods for
// Environmental Pollution Monitoring, §16.4), Z, p, τ-b and Sen's slope computed by hand-written definitions in
// reference_values.py (mpmath). For n = 10 without ties Var(S) = 10·9·25/18 = 125.
public class TrendTests
{
    [Fact]
    public void MannKendall_MatchesWorkedExample_WhenNoTies()
    {
        var r = Trend.MannKendall([10, 12, 11, 14, 15, 13, 17, 18, 16, 20])!;
        Assert.Equal(35, r.S);
        Assert.Equal(125, r.VarS, 1e-12);
        Assert.Equal(3.041052449399714, r.Z, 1e-12);
        Assert.Equal(0.002357527595795493, r.PValue, 1e-14);
        Assert.Equal(0.7777777777777778, r.Tau, 1e-12);
        Assert.Equal(1.0, r.SenSlope, 1e-12);
        Assert.Equal(10.0, r.Intercept, 1e-12);
        Assert.True(r.HasTrend());
    }

    [Fact]
    public void MannKendall_CorrectsVarianceForTies_WhenValuesRepeat()
    {
        var r = Trend.MannKendall([5, 5, 6, 5, 7, 7, 8, 6, 9, 9, 9, 10])!;
        Assert.Equal(50, r.S);
        Assert.Equal(203.3333333333333, r.VarS, 1e-10);
        Assert.Equal(3.436305679259556, r.Z, 1e-12);
        Assert.Equal(5.897052137709612e-4, r.PValue, 1e-15);
        Assert.Equal(0.8081352297940449, r.Tau, 1e-12);
        Assert.Equal(0.5, r.SenSlope, 1e-12);
        Assert.Equal(4.25, r.Intercept, 1e-12);
    }

    [Fact]
    public void MannKendall_ReportsNoTrendVerdict_WhenFewerThanMinimumPeriods()
    {
        var r = Trend.MannKendall([1, 2, 3, 4, 5, 6, 7])!;
        Assert.True(r.PValue < 0.05);
        Assert.Equal(7, r.N);
        Assert.False(r.HasTrend());
        Assert.Equal(8, Trend.MinimumPeriods);
    }

    [Fact]
    public void MannKendall_SkipsMissingPeriods_KeepingSlopePerPeriod()
    {
        var r = Trend.MannKendall([1, double.NaN, 5, 7, double.NaN, 11])!;
        Assert.Equal(4, r.N);
        Assert.Equal(2.0, r.SenSlope, 1e-12);
        Assert.Equal(6, r.S);
    }

    [Fact]
    public void MannKendall_ReturnsFlatResult_WhenAllValuesEqual()
    {
        var r = Trend.MannKendall([4, 4, 4, 4, 4, 4, 4, 4, 4])!;
        Assert.Equal(0, r.S);
        Assert.Equal(0, r.VarS);
        Assert.Equal(1, r.PValue);
        Assert.Equal(0, r.SenSlope);
    }

    [Fact]
    public void MannKendall_ReturnsNull_WhenFewerThanTwoValues()
    {
        Assert.Null(Trend.MannKendall([]));
        Assert.Null(Trend.MannKendall([3.0, double.NaN]));
    }

    [Fact]
    public void SenSlope_ResistsOutlier_WhenOneValueExtreme() =>
        Assert.Equal(1.0, Trend.SenSlope([1, 2, 3, 4, 500, 6, 7, 8, 9]), 1e-12);

    [Fact]
    public void SenSlope_IsNaN_WhenSeriesTooShort() => Assert.True(double.IsNaN(Trend.SenSlope([1.0])));
}
