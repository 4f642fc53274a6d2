namespace Analytics.Engine.Statistics;

/// <summary>Eigen-decomposition of a small symmetric matrix (a correlation matrix of a handful of survey items).</summary>
internal static class SymmetricEigen
{
    /// <summary>
    /// Cyclic Jacobi rotations: A = V·diag(values)·Vᵀ with the eigenvectors in V's columns. Exact to rounding for
    /// symmetric input; O(p³) per sweep, which is nothing for the p ≤ 30 of a questionnaire.
    /// </summary>
    public static (double[] Values, double[,] Vectors) Decompose(double[,] matrix)
    {
        var p = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[p, p];
        for (var i = 0; i < p; i++) v[i, i] = 1;
        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var i = 0; i < p; i++) for (var j = i + 1; j < p; j++) off += a[i, j] * a[i, j];
            if (off < 1e-22) break;
            for (var i = 0; i < p; i++)
            for (var j = i + 1; j < p; j++)
            {
                if (Math.Abs(a[i, j]) < 1e-300) continue;
                var theta = (a[j, j] - a[i, i]) / (2 * a[i, j]);
                var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                var c = 1 / Math.Sqrt(t * t + 1);
                var s = t * c;
                for (var k = 0; k < p; k++)
                {
                    double aki = a[k, i], akj = a[k, j];
                    a[k, i] = c * aki - s * akj;
                    a[k, j] = s * aki + c * akj;
                }
                for (var k = 0; k < p; k++)
                {
                    double aik = a[i, k], ajk = a[j, k];
                    a[i, k] = c * aik - s * ajk;
                    a[j, k] = s * aik + c * ajk;
                }
                for (var k = 0; k < p; k++)
                {
                    double vki = v[k, i], vkj = v[k, j];
                    v[k, i] = c * vki - s * vkj;
                    v[k, j] = s * vki + c * vkj;
                }
            }
        }
        var values = new double[p];
        for (var i = 0; i < p; i++) values[i] = a[i, i];
        return (values, v);
    }
}
