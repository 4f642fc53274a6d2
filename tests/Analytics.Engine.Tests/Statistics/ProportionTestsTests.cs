using Analytics.Engine.Statistics;
using TestResult = Analytics.Engine.Statistics.TestResult;

namespace Analytics.Engine.Tests.Statistics;

// References: Pearson X² and the pooled z evaluated to 30 digits by reference_values.py; for a 2×2 table z² = X²
// (e.g. Agresti, Categorical Data Analysis, §3.1), which the tests also check.
public class ProportionTestsTests
{
    [Fact]
    public void TwoProportionZ_MatchesReference_When40VersusEightyPercent()
    {
        var result = ProportionTests.TwoProportionZ(20, 50, 40, 50);
        Assert.Equal(-4.082482904638630, result.Statistic, 1e-12);
        Assert.Equal(4.455709060405616e-5, result.PValue, 1e-15);
    }

    [Fact]
    public void ChiSquare_MatchesReference_When2x2Table()
    {
        var result = ProportionTests.ChiSquare(new long[,] { { 20, 30 }, { 40, 10 } });
        Assert.Equal(16.66666666666667, result.Statistic, 1e-10);
        Assert.Equal(4.455709060405616e-5, result.PValue, 1e-15);
        Assert.Equal(1, result.DegreesOfFreedom);
    }

    [Fact]
    public void ChiSquare_EqualsZSquared_When2x2Table()
    {
        var z = ProportionTests.TwoProportionZ(37, 120, 52, 131);
        var chi = ProportionTests.ChiSquare(new long[,] { { 37, 83 }, { 52, 79 } });
        Assert.Equal(z.Statistic * z.Statistic, chi.Statistic, 1e-10);
        Assert.Equal(z.PValue, chi.PValue, 1e-12);
    }

    [Fact]
    public void ChiSquare_MatchesReference_When2x3Table()
    {
        var result = ProportionTests.ChiSquare(new long[,] { { 10, 20, 30 }, { 20, 20, 20 } });
        Assert.Equal(5.333333333333333, result.Statistic, 1e-10);
        Assert.Equal(0.06948345122280153, result.PValue, 1e-13);
        Assert.Equal(2, result.DegreesOfFreedom);
    }

    [Fact]
    public void ChiSquare_DropsEmptyColumn_WhenTotalIsZero()
    {
        var result = ProportionTests.ChiSquare(new long[,] { { 20, 0, 30 }, { 40, 0, 10 } });
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(16.66666666666667, result.Statistic, 1e-10);
    }

    [Fact]
    public void ChiSquare_ReturnsNoEvidence_WhenOnlyOneRowHasData()
    {
        var result = ProportionTests.ChiSquare(new long[,] { { 5, 7 }, { 0, 0 } });
        Assert.Equal(new ChiSquareResult(0, 1, 0), result);
    }

    [Fact]
    public void TwoProportionZ_ReturnsNoEvidence_WhenOneGroupEmptyOrRatesDegenerate()
    {
        Assert.Equal(new TestResult(0, 1), ProportionTests.TwoProportionZ(0, 0, 3, 10));
        Assert.Equal(new TestResult(0, 1), ProportionTests.TwoProportionZ(10, 10, 5, 5));
    }

    [Fact]
    public void TwoProportionZ_Throws_WhenSuccessesExceedN() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionTests.TwoProportionZ(11, 10, 1, 10));

    [Fact]
    public void ChiSquare_Throws_WhenCellNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionTests.ChiSquare(new long[,] { { 1, -1 }, { 2, 2 } }));
}
