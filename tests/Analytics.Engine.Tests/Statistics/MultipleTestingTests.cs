using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

// Benjamini & Hochberg (1995), J. R. Stat. Soc. B 57(1), §4: 15 p-values from a myocardial-infarction study; at
// q = 0.05 the step-up procedure rejects the four smallest. Adjusted values as R's p.adjust(p, "BH"), recomputed by
// reference_values.py.
public class MultipleTestingTests
{
    private static readonly double[] Paper =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];

    private static readonly double[] Expected =
        [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286, 0.06385714285714286, 0.0645, 0.0765, 0.486,
         0.5811818181818182, 0.714875, 0.7532307692307692, 0.8132142857142857, 1.0];

    [Fact]
    public void BenjaminiHochberg_MatchesPaper_WhenFifteenPValues()
    {
        var adjusted = MultipleTesting.BenjaminiHochberg(Paper);
        for (var i = 0; i < Paper.Length; i++) Assert.Equal(Expected[i], adjusted[i], 1e-12);
        Assert.Equal(4, adjusted.Count(p => p <= 0.05));
    }

    [Fact]
    public void BenjaminiHochberg_KeepsOriginalOrder_WhenInputShuffled()
    {
        int[] order = [7, 2, 14, 0, 9, 3, 11, 5, 1, 13, 8, 4, 12, 6, 10];
        var adjusted = MultipleTesting.BenjaminiHochberg(order.Select(i => Paper[i]).ToArray());
        for (var k = 0; k < order.Length; k++) Assert.Equal(Expected[order[k]], adjusted[k], 1e-12);
    }

    [Fact]
    public void BenjaminiHochberg_EnforcesMonotonicity_WhenRawRatiosDecrease()
    {
        // R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "BH") = 0.05 for all five.
        var adjusted = MultipleTesting.BenjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05]);
        Assert.All(adjusted, p => Assert.Equal(0.05, p, 1e-15));
    }

    [Fact]
    public void BenjaminiHochberg_TakesLargerRankMinimum_AndHandlesEmpty()
    {
        // Raw m·p/k: 0.8·2/1 = 1.6 for the smaller p, 0.9 for the larger; the step-up minimum gives 0.9 to both.
        Assert.Equal([0.9, 0.9], MultipleTesting.BenjaminiHochberg([0.9, 0.8]));
        Assert.Empty(MultipleTesting.BenjaminiHochberg([]));
    }

    [Fact]
    public void BenjaminiHochberg_Throws_WhenPValueInvalid() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.BenjaminiHochberg([0.1, double.NaN]));
}
