using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

// Hollander & Wolfe (1973, p. 69), the example in R's ?wilcox.test: W = U₁ = 35. The normal-approximation
// z and p (continuity + tie correction, as wilcox.test(exact = FALSE)) are from reference_values.py.
public class RankTestsTests
{
    private static readonly double[] HollanderWolfeX = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    private static readonly double[] HollanderWolfeY = [1.15, 0.88, 0.90, 0.74, 1.21];

    [Fact]
    public void MannWhitney_MatchesTextbook_WhenHollanderWolfeExample()
    {
        var result = RankTests.MannWhitney(HollanderWolfeX, HollanderWolfeY);
        Assert.Equal(35, result.Statistic);
        Assert.Equal(1.163507627822010, result.Z, 1e-12);
        Assert.Equal(0.2446236051269833, result.PValue, 1e-12);
    }

    [Fact]
    public void MannWhitney_ReportsComplementaryU_WhenSamplesSwapped()
    {
        var result = RankTests.MannWhitney(HollanderWolfeY, HollanderWolfeX);
        Assert.Equal(10 * 5 - 35, result.Statistic);
        Assert.Equal(-1.163507627822010, result.Z, 1e-12);
        Assert.Equal(0.2446236051269833, result.PValue, 1e-12);
    }

    [Fact]
    public void MannWhitney_AppliesTieCorrection_WhenRatingsTied()
    {
        var result = RankTests.MannWhitney([1, 2, 2, 3, 3, 3, 4, 5], [3, 4, 4, 5, 5, 5, 5]);
        Assert.Equal(8.5, result.Statistic);
        Assert.Equal(-2.270934357735348, result.Z, 1e-12);
        Assert.Equal(0.02315095198524635, result.PValue, 1e-13);
    }

    [Fact]
    public void MannWhitney_ReturnsNoEvidence_WhenSampleEmptyOrAllTied()
    {
        Assert.Equal(1, RankTests.MannWhitney([], [1.0, 2.0]).PValue);
        Assert.Equal(1, RankTests.MannWhitney([3.0, 3.0], [3.0, 3.0, 3.0]).PValue);
    }

    [Fact]
    public void MannWhitney_Throws_WhenValueNotFinite() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RankTests.MannWhitney([1.0, double.NaN], [2.0]));
}
