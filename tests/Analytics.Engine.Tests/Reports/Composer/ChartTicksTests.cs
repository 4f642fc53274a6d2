using Analytics.Engine.Reports.Composer.Skia;

namespace Analytics.Engine.Tests.Reports.Composer;

public class ChartTicksTests
{
    [Theory]
    [InlineData(0, 18, new[] { 0.0, 5, 10, 15, 20 })]
    [InlineData(0, 100, new[] { 0.0, 20, 40, 60, 80, 100 })]
    [InlineData(0.9, 1.05, new[] { 0.9, 0.95, 1, 1.05 })]
    public void Ticks_AreRoundAndCoverTheRange(double min, double max, double[] expected) =>
        Assert.Equal(expected, ChartPainter.Ticks(min, max));
}

public class CountChartTicksTests
{
    /// <summary>A branch with a handful of appeals a month: whole-number ticks, as a count is read.</summary>
    [Theory]
    [InlineData(0, 1, new[] { 0.0, 1 })]
    [InlineData(0, 3, new[] { 0.0, 1, 2, 3 })]
    [InlineData(0, 12, new[] { 0.0, 5, 10, 15 })]
    [InlineData(0, 1300, new[] { 0.0, 500, 1000, 1500 })]
    public void CountTicks_AreWholeNumbers(double min, double max, double[] expected) =>
        Assert.Equal(expected, ChartPainter.Ticks(min, max, counts: true));
}
