namespace Analytics.Engine.Statistics;

/// <summary>
/// A two-sided confidence interval [<see cref="Lower"/>, <see cref="Upper"/>] on the scale of the estimate it belongs
/// to (a share 0..1, a mean on its rating scale, NPS points). Methods that cannot form an interval (n = 0, or n = 1
/// for a mean) return <c>null</c> rather than an interval of NaNs.
/// </summary>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>Upper − Lower.</summary>
    public double Width => Upper - Lower;

    /// <summary>True when <paramref name="value"/> lies inside the closed interval.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}

/// <summary>
/// The outcome of a significance test: the test statistic (its meaning is documented on each test) and the two-sided
/// p-value in [0, 1].
/// </summary>
public record TestResult(double Statistic, double PValue)
{
    /// <summary>True when <see cref="PValue"/> is below <paramref name="alpha"/> (default 0.05).</summary>
    public bool IsSignificant(double alpha = 0.05) => PValue < alpha;
}

/// <summary>A chi-square test result: Pearson's X², its p-value and the degrees of freedom (r − 1)(c − 1).</summary>
public sealed record ChiSquareResult(double Statistic, double PValue, int DegreesOfFreedom)
    : TestResult(Statistic, PValue);

/// <summary>
/// A Mann–Whitney result: <see cref="TestResult.Statistic"/> is U of the first sample, <see cref="Z"/> the
/// continuity- and tie-corrected normal deviate (positive when the first sample tends to be larger).
/// </summary>
public sealed record MannWhitneyResult(double Statistic, double PValue, double Z, int N1, int N2)
    : TestResult(Statistic, PValue);
