using Analytics.Cli.Common;

namespace Analytics.Cli.Bench;

/// <summary>
/// One figure a benchmark measured, beside its baseline measured in the same run (these machines are noisy:
/// ratios are trustworthy, absolute times are not). Serialised as one entry of <c>{"benchmarks":[…]}</c>.
/// </summary>
public sealed record BenchResult(
    string Name,
    double Value,
    string Unit,
    string Baseline,
    double? BaselineValue,
    double? Ratio,
    string Target,
    long N);

/// <summary>
/// What a benchmark gets: a scratch folder, the requested scale, progress on stderr, and — for benchmarks that run
/// for a time (<c>submit</c>) — the requested duration in seconds. <see cref="Scale"/> is <c>--scale</c> rounded to a
/// whole number (at least 1); <see cref="ExactScale"/> keeps a fraction for benchmarks that take one (<c>dashboard</c>).
/// </summary>
public sealed record BenchContext(string WorkDirectory, int? Scale, IProgress<string> Progress, CancellationToken CancellationToken,
    int? Seconds = null, double? ExactScale = null);

/// <summary>A named benchmark of <c>analytics bench</c>; it measures its own baseline in the same run.</summary>
public interface IBenchmark
{
    /// <summary>The name on the command line: import, indicators, submit, dashboard, classifier, pdf.</summary>
    string Name { get; }

    string Description { get; }

    IReadOnlyList<BenchResult> Run(BenchContext context);
}
