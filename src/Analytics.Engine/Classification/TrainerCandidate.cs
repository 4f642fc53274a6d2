using System.Globalization;

namespace Analytics.Engine.Classification;

/// <summary>
/// A trainer with the hyper-parameter chosen by cross-validation. <see cref="C"/> is the inverse regularisation
/// strength of the SDCA support-vector machine, as in LIBLINEAR's C: the L2 weight is λ = 1 / (C · n), so the same C
/// means the same trade-off whether a fold has 2,000 texts or the final fit has 10,000 (0 for other trainers).
/// </summary>
public sealed record TrainerCandidate(TrainerKind Kind, double C = 0)
{
    /// <summary>
    /// C values tried for <see cref="TrainerKind.SdcaSvm"/>: powers of two over the range where L2-normalised TF-IDF
    /// text models usually peak (each try is one cheap fit per fold on cached features).
    /// </summary>
    public static IReadOnlyList<double> SvmGrid { get; } = [0.125, 0.25, 0.5, 1.0];

    /// <summary>C used when the SVM is asked for explicitly (no grid search).</summary>
    public const double DefaultSvmC = 0.25;

    /// <summary>The candidates a trainer kind expands to: the SVM once per grid value, others once.</summary>
    public static IEnumerable<TrainerCandidate> Expand(TrainerKind kind, bool grid) => kind == TrainerKind.SdcaSvm
        ? (grid ? SvmGrid : [DefaultSvmC]).Select(c => new TrainerCandidate(kind, c))
        : [new TrainerCandidate(kind)];

    /// <summary>
    /// Rank of this candidate in the fixed simplest-first order the one-SE rule walks: the SVM by growing C (more
    /// regularised is simpler), then the averaged perceptron, L-BFGS maximum entropy, LightGbm and the rest. A proxy
    /// fixed in code, so a choice never depends on how fast a fit happened to run on a loaded machine.
    /// </summary>
    public double Complexity => Kind switch
    {
        TrainerKind.SdcaSvm => C,
        TrainerKind.OvaPerceptron => 100,
        TrainerKind.Lbfgs => 200,
        TrainerKind.LightGbm => 300,
        TrainerKind.Sdca => 400,
        TrainerKind.OvaSvm => 500,
        _ => 1000,
    };

    /// <summary>The L2 weight for <paramref name="n"/> training texts.</summary>
    public float L2(int n) => (float)(1.0 / (C * Math.Max(1, n)));

    public override string ToString() => C > 0
        ? $"{TrainerKinds.Name(Kind)}(C={C.ToString("0.###", CultureInfo.InvariantCulture)})"
        : TrainerKinds.Name(Kind);
}
