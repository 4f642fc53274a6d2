using Dashboard.Charts;

namespace Dashboard.Tests.Charts;

public class SparkScaleTests
{
    [Fact]
    public void Range_IsAtLeastTenPointsTall_WhenValuesWobbleByTwo()
    {
        var (low, high) = SparkScale.Range([0.89, 0.91, 0.90], 0.93);
        Assert.True(high - low >= SparkScale.MinSpan - 1e-9, $"{low}–{high}");
        Assert.True(low <= 0.89 && high >= 0.93);
    }

    [Fact]
    public void Range_StaysWithinZeroAndOne_AndCoversPlan()
    {
        Assert.Equal((0.9, 1.0), SparkScale.Range([0.97, 0.99], 1.0));
        Assert.Equal((0.0, 0.1), SparkScale.Range([0.01], null));
        Assert.Equal((0.0, 1.0), SparkScale.Range([null], null));
        Assert.Equal((0.5, 0.95), SparkScale.Range([0.52, 0.7], 0.93));
    }
}
