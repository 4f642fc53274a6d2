using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

// Wilson references: Wilson (1927) score formula evaluated to 30 digits by reference_values.py; 81/263 is the
// worked example on Wikipedia's "Binomial proportion confidence interval" page ([0.2553, 0.3662]).
public class IntervalTests
{
    [Fact]
    public void Wilson_MatchesWorkedExample_When81Of263()
    {
        var ci = Proportion.Wilson(81, 263)!.Value;
        Assert.Equal(0.2552885198782742, ci.Lower, 1e-12);
        Assert.Equal(0.3662095769828001, ci.Upper, 1e-12);
    }

    [Fact]
    public void Wilson_WidensInterval_WhenConfidenceIs99Percent()
    {
        var ci = Proportion.Wilson(81, 263, 0.99)!.Value;
        Assert.Equal(0.2401369026876077, ci.Lower, 1e-12);
        Assert.Equal(0.3852825023182298, ci.Upper, 1e-12);
    }

    [Fact]
    public void Wilson_StaysInsideUnitInterval_WhenAllOrNoneSucceed()
    {
        var none = Proportion.Wilson(0, 10)!.Value;
        var all = Proportion.Wilson(10, 10)!.Value;
        Assert.Equal(0, none.Lower);
        Assert.Equal(0.2775327998628893, none.Upper, 1e-12);
        Assert.Equal(0.7224672001371107, all.Lower, 1e-12);
        Assert.Equal(1, all.Upper, 1e-12);
    }

    [Fact]
    public void Wilson_ReturnsNull_WhenNIsZero() => Assert.Null(Proportion.Wilson(0, 0));

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, -1)]
    public void Wilson_Throws_WhenCountsInvalid(long x, long n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(x, n));

    [Fact]
    public void MeanIntervalT_UsesStudentQuantile_WhenElevenValues()
    {
        // n = 11 → df = 10, t(0.975, 10) = 2.228139; values 0..10: mean 5, sd = √11.
        var values = Enumerable.Range(0, 11).Select(i => (double)i).ToArray();
        var ci = MeanInterval.T(values)!.Value;
        var half = 2.228138851986275 * Math.Sqrt(11) / Math.Sqrt(11);
        Assert.Equal(5 - half, ci.Lower, 1e-9);
        Assert.Equal(5 + half, ci.Upper, 1e-9);
    }

    [Fact]
    public void MeanIntervalFromMoments_MatchesT_WhenSameData()
    {
        double[] values = [3.1, 4.7, 2.2, 5.9, 4.4, 3.8];
        var fromValues = MeanInterval.T(values, 0.9)!.Value;
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        var fromMoments = MeanInterval.FromMoments(values.Length, mean, sd, 0.9)!.Value;
        Assert.Equal(fromMoments.Lower, fromValues.Lower, 1e-12);
        Assert.Equal(fromMoments.Upper, fromValues.Upper, 1e-12);
    }

    [Fact]
    public void MeanIntervalT_ReturnsNull_WhenFewerThanTwoValues()
    {
        Assert.Null(MeanInterval.T([]));
        Assert.Null(MeanInterval.T([4.0]));
    }

    [Fact]
    public void MeanIntervalT_Throws_WhenValueNotFinite() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MeanInterval.T([1, double.NaN, 3]));
}
