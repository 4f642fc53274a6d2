using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

// Reference values: standard normal/t/chi-square tables (e.g. Abramowitz & Stegun 26.2, 26.7; R qnorm/qt/pchisq),
// recomputed to 30 digits by reference_values.py (mpmath) in this folder.
public class DistributionsTests
{
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.995, 2.575829303548901)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(1e-10, -6.361340902404056)]
    public void NormalQuantile_MatchesTable_WhenProbabilityGiven(double p, double expected) =>
        Assert.Equal(expected, Distributions.NormalQuantile(p), 1e-12);

    [Theory]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-1.0, 0.15865525393145707)]
    [InlineData(0.0, 0.5)]
    public void NormalCdf_MatchesTable_WhenZGiven(double z, double expected) =>
        Assert.Equal(expected, Distributions.NormalCdf(z), 1e-14);

    [Fact]
    public void NormalTwoSidedP_KeepsPrecision_WhenFarInTail()
    {
        // 2·(1 − Φ(10)) = 1.5239706e-23 (A&S 26.2); computing 1 − Φ naively would give 0.
        Assert.Equal(1.523970604832105e-23, Distributions.NormalTwoSidedP(10), 1e-35);
    }

    [Theory]
    [InlineData(0.975, 10, 2.228138851986275)]
    [InlineData(0.975, 1, 12.70620473617470)]
    [InlineData(0.95, 5, 2.015048373333024)]
    [InlineData(0.975, 30, 2.042272456301238)]
    [InlineData(0.995, 3, 5.840909309733357)]
    [InlineData(0.025, 10, -2.228138851986275)]
    public void StudentTQuantile_MatchesTable_WhenProbabilityAndDfGiven(double p, double df, double expected) =>
        Assert.Equal(expected, Distributions.StudentTQuantile(p, df), 1e-9);

    [Fact]
    public void StudentTCdf_MatchesReference_WhenTPositive() =>
        Assert.Equal(0.9795038907071236, Distributions.StudentTCdf(2.5, 7), 1e-13);

    [Fact]
    public void StudentTQuantile_InvertsCdf_OverWideRange()
    {
        foreach (var df in new[] { 1.0, 2.5, 4, 29, 200 })
        foreach (var p in new[] { 0.001, 0.05, 0.3, 0.7, 0.95, 0.9999 })
            Assert.Equal(p, Distributions.StudentTCdf(Distributions.StudentTQuantile(p, df), df), 1e-12);
    }

    [Fact]
    public void StudentTQuantile_ApproachesNormal_WhenDfHuge()
    {
        // t(0.975, ∞) = z(0.975); at df = 10⁶ the difference is ≈ 2.9e-6 (z + (z³ + z)/(4·df)).
        var t = Distributions.StudentTQuantile(0.975, 1_000_000);
        Assert.Equal(1.959963984540054 + (Math.Pow(1.959963984540054, 3) + 1.959963984540054) / 4e6, t, 1e-9);
    }

    [Fact]
    public void ChiSquareCdf_Gives95Percent_WhenAtCriticalValueDf1() =>
        Assert.Equal(0.95, Distributions.ChiSquareCdf(3.841458820694124, 1), 1e-12);

    [Fact]
    public void ChiSquareSurvival_MatchesReference_WhenDf4() =>
        Assert.Equal(0.04042768199451280, Distributions.ChiSquareSurvival(10, 4), 1e-14);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void NormalQuantile_Throws_WhenProbabilityOutsideUnitInterval(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(p));

    [Fact]
    public void StudentTQuantile_Throws_WhenDfNotPositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.StudentTQuantile(0.975, 0));
}
