using Analytics.Engine.Statistics;

namespace Analytics.Engine.Tests.Statistics;

public sealed class RelativeWeightsTests
{
    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    [Fact]
    public void Known_weights_are_recovered_in_order_and_inside_their_intervals()
    {
        // Independent standard predictors: the true weight of j is bⱼ²/(Σb² + σ²).
        double[] b = [0.6, 0.4, 0.25, 0.1];
        const double sigma = 0.5;
        var r = new Random(42);
        var x = new List<double[]>();
        var y = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            var row = b.Select(_ => Normal(r)).ToArray();
            x.Add(row);
            y.Add(row.Zip(b, (v, w) => v * w).Sum() + sigma * Normal(r));
        }
        var total = b.Sum(w => w * w) + sigma * sigma;

        var fit = RelativeWeights.Bootstrap(x, y, resamples: 200, seed: 17);

        Assert.Equal([0, 1, 2, 3], fit.Weights.OrderByDescending(w => w.Weight).Select(w => w.Index));
        foreach (var w in fit.Weights)
            Assert.True(w.Interval.Contains(b[w.Index] * b[w.Index] / total), $"driver {w.Index}: {w.Interval} misses {b[w.Index] * b[w.Index] / total}");
        Assert.Equal(fit.RSquared, fit.Weights.Sum(w => w.Weight), 12);
        Assert.InRange(fit.RSquared, 0.66, 0.72);   // true R² = 0.5825/0.8325 = 0.70
        // A fixed seed gives the same intervals.
        Assert.Equal(fit.Weights.Select(w => w.Interval), RelativeWeights.Bootstrap(x, y, 200, 17).Weights.Select(w => w.Interval));
    }

    [Fact]
    public void Correlated_predictors_share_the_r_squared_of_the_regression()
    {
        // Two predictors: R² = (r1² + r2² − 2·r1·r2·r12)/(1 − r12²).
        double r12 = 0.6, r1 = 0.5, r2 = 0.4;
        var w = RelativeWeights.FromCorrelations(new[,] { { 1, r12 }, { r12, 1 } }, [r1, r2]);
        Assert.Equal((r1 * r1 + r2 * r2 - 2 * r1 * r2 * r12) / (1 - r12 * r12), w.Sum(), 12);
        Assert.True(w[0] > w[1]);
        Assert.All(w, v => Assert.True(v >= 0));
    }

    [Fact]
    public void Eigen_decomposition_rebuilds_the_matrix()
    {
        var a = new[,] { { 4.0, 1, 0.5 }, { 1, 3, 0.2 }, { 0.5, 0.2, 2 } };
        var (values, v) = SymmetricEigen.Decompose(a);
        for (var i = 0; i < 3; i++)
        for (var j = 0; j < 3; j++)
            Assert.Equal(a[i, j], Enumerable.Range(0, 3).Sum(k => v[i, k] * values[k] * v[j, k]), 10);
    }

    [Fact]
    public void Mismatched_rows_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RelativeWeights.Bootstrap([[1.0], [2.0], [3.0]], [1.0, 2.0]));
    }
}
