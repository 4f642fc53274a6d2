namespace Analytics.Engine.Statistics;

/// <summary>One predictor's relative weight (its share of the target's variance) with a bootstrap percentile interval.</summary>
public sealed record DriverWeight(int Index, double Weight, Interval Interval);

/// <summary>Relative weights of all predictors with the model's R² (the weights add up to it).</summary>
public sealed record RelativeWeightsResult(IReadOnlyList<DriverWeight> Weights, double RSquared, int N, int Resamples);

/// <summary>Key-driver analysis: how much of a target's variance each correlated predictor accounts for.</summary>
public static class RelativeWeights
{
    /// <summary>
    /// Johnson's (2000) relative weights from correlations: with Rxx = PΔPᵀ, Λ = PΔ^½Pᵀ (the predictors' loadings on
    /// their closest orthogonal counterparts) and β = Λ⁻¹·rxy, the weight of predictor j is Σₖ Λⱼₖ²·βₖ². The weights
    /// are ≥ 0 and sum to the OLS R², so unlike standardised betas they share out correlated predictors fairly.
    /// Predictors without variance get weight 0 (they cannot explain anything).
    /// </summary>
    public static double[] FromCorrelations(double[,] rxx, double[] rxy)
    {
        var p = rxy.Length;
        var (values, vectors) = SymmetricEigen.Decompose(rxx);
        var lambda = new double[p, p];
        var inverse = new double[p, p];
        for (var i = 0; i < p; i++)
        for (var j = 0; j < p; j++)
        for (var k = 0; k < p; k++)
        {
            var e = Math.Max(values[k], 0);
            lambda[i, j] += vectors[i, k] * Math.Sqrt(e) * vectors[j, k];
            // A (near-)singular direction explains nothing: drop it rather than divide by ~0.
            if (e > 1e-10) inverse[i, j] += vectors[i, k] / Math.Sqrt(e) * vectors[j, k];
        }
        var beta = new double[p];
        for (var i = 0; i < p; i++) for (var j = 0; j < p; j++) beta[i] += inverse[i, j] * rxy[j];
        var weights = new double[p];
        for (var j = 0; j < p; j++) for (var k = 0; k < p; k++) weights[j] += lambda[j, k] * lambda[j, k] * beta[k] * beta[k];
        return weights;
    }

    /// <summary>Weights from raw rows (x[row][predictor], y[row]) via their Pearson correlations.</summary>
    public static double[] FromRows(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        var (rxx, rxy) = Correlations(x, y);
        return FromCorrelations(rxx, rxy);
    }

    /// <summary>
    /// Weights with percentile bootstrap intervals: <paramref name="resamples"/> row resamples drawn with a fixed
    /// <paramref name="seed"/>, so the same data always gives the same intervals.
    /// </summary>
    /// <exception cref="ArgumentException">Rows and targets differ in number, or fewer than three rows.</exception>
    public static RelativeWeightsResult Bootstrap(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int resamples = 200, int seed = 17, double confidence = 0.95)
    {
        if (x.Count != y.Count) throw new ArgumentException($"{x.Count} predictor rows but {y.Count} targets.", nameof(y));
        if (x.Count < 3) throw new ArgumentException("Relative weights need at least three rows.", nameof(x));
        Confidence.Validate(confidence);
        var point = FromRows(x, y);
        var p = point.Length;
        var random = new Random(seed);
        var draws = new double[p][];
        for (var j = 0; j < p; j++) draws[j] = new double[resamples];
        var bx = new double[x.Count][];
        var by = new double[x.Count];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < x.Count; i++) { var k = random.Next(x.Count); bx[i] = x[k]; by[i] = y[k]; }
            var w = FromRows(bx, by);
            for (var j = 0; j < p; j++) draws[j][b] = w[j];
        }
        var alpha = (1 - confidence) / 2;
        var weights = Enumerable.Range(0, p).Select(j =>
        {
            Array.Sort(draws[j]);
            return new DriverWeight(j, point[j], new Interval(Quantile(draws[j], alpha), Quantile(draws[j], 1 - alpha)));
        }).ToList();
        return new RelativeWeightsResult(weights, point.Sum(), x.Count, resamples);
    }

    /// <summary>Linear interpolation between order statistics (R's type 7).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        return lo + 1 >= sorted.Length ? sorted[^1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    private static (double[,] Rxx, double[] Rxy) Correlations(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        int n = x.Count, p = x[0].Length;
        var mean = new double[p + 1];
        for (var i = 0; i < n; i++) { for (var j = 0; j < p; j++) mean[j] += x[i][j]; mean[p] += y[i]; }
        for (var j = 0; j <= p; j++) mean[j] /= n;
        var cov = new double[p + 1, p + 1];
        var d = new double[p + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++) d[j] = x[i][j] - mean[j];
            d[p] = y[i] - mean[p];
            for (var j = 0; j <= p; j++) for (var k = j; k <= p; k++) cov[j, k] += d[j] * d[k];
        }
        double R(int j, int k)
        {
            var (a, b) = j <= k ? (j, k) : (k, j);
            var denominator = Math.Sqrt(cov[j, j] * cov[k, k]);
            return j == k ? 1 : denominator > 0 ? cov[a, b] / denominator : 0;
        }
        var rxx = new double[p, p];
        var rxy = new double[p];
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++) rxx[j, k] = R(j, k);
            rxy[j] = R(j, p);
        }
        return (rxx, rxy);
    }
}
