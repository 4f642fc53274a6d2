using System.Globalization;
using Microsoft.ML;

namespace Analytics.Engine.Classification;

/// <summary>
/// Turns the raw margins of a non-probabilistic trainer (the SDCA SVM) into class probabilities by temperature
/// scaling (softmax of score / T, Guo et al. 2017). T is fitted on out-of-fold scores from model selection, so the
/// confidence compared with the review threshold means roughly what it says. Built from ML.NET's Expression transform
/// (which holds T) and <see cref="SoftmaxMapping"/>, so the model zip carries it and loads like any other.
/// </summary>
public static class ScoreCalibration
{
    private const string ScaledColumn = "ScaledScore";

    /// <summary>Temperatures searched, 81 log-spaced values from 0.05 to 20 (SVM margins are of order 1).</summary>
    private static readonly double[] Grid = [.. Enumerable.Range(0, 81).Select(i => Math.Exp(Math.Log(0.05) + i * (Math.Log(20) - Math.Log(0.05)) / 80))];

    /// <summary>The temperature with the least negative log-likelihood of the true classes; 1 when there is nothing to fit.</summary>
    /// <param name="rows">Raw score vectors with the index of the true class in each (rows with no index are skipped).</param>
    public static double FitTemperature(IReadOnlyList<(float[] Scores, int Truth)> rows)
    {
        var usable = rows.Where(r => r.Truth >= 0 && r.Truth < r.Scores.Length).ToList();
        if (usable.Count == 0) return 1;
        return Grid.MinBy(t => usable.Sum(r => NegativeLogLikelihood(r.Scores, r.Truth, t)));
    }

    /// <summary>−log softmax(scores / t)[truth], computed stably.</summary>
    public static double NegativeLogLikelihood(float[] scores, int truth, double t)
    {
        var max = scores.Max();
        var sum = scores.Sum(s => Math.Exp((s - max) / t));
        return -((scores[truth] - max) / t - Math.Log(sum));
    }

    /// <summary>Replaces the <c>Score</c> column with softmax(Score / <paramref name="temperature"/>).</summary>
    public static IEstimator<ITransformer> Estimator(MLContext ml, double temperature)
    {
        // The temperature lives in the Expression's text, so the saved zip carries it; the softmax is a stateless mapping.
        var k = (1 / temperature).ToString("R", CultureInfo.InvariantCulture);
        return ml.Transforms.Expression(ScaledColumn, $"x => x * {k}", "Score")
            .Append(ml.Transforms.CustomMapping(new SoftmaxMapping().GetMapping(), SoftmaxMapping.ContractName));
    }
}
