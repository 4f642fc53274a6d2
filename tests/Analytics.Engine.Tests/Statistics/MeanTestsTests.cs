using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

public sealed class MeanTestsTests
{
    [Fact]
    public void Welch_MatchesTheHandComputedDifferenceIntervalAndDf()
    {
        // Means 4,6 and 2,4, variances 0,3 each: se = √0,12 = 0,3464, t = 6,351, df = 8, t(0,975; 8) = 2,306.
        var r = MeanTests.Welch([5, 5, 4, 5, 4], [2, 3, 2, 3, 2])!;

        Assert.Equal(2.2, r.Difference, 10);
        Assert.Equal(8, r.Df, 6);
        Assert.Equal(6.351, r.T, 3);
        Assert.Equal(1.401, r.Interval.Lower, 3);
        Assert.Equal(2.999, r.Interval.Upper, 3);
        Assert.True(r.PValue < 0.001);
    }

    [Fact]
    public void Welch_IsNull_WhenASampleIsTooSmallOrNothingVaries()
    {
        Assert.Null(MeanTests.Welch([5], [2, 3]));
        Assert.Null(MeanTests.Welch([4, 4], [4, 4]));
    }
}
