using Analytics.Engine.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Analytics.Engine.Tests.Classification;

public class ScoreCalibrationTests
{
    [Fact]
    public void FitTemperature_RecoversTheTemperature_TheLabelsWereDrawnWith()
    {
        // Labels drawn from softmax(score / 0.5): the fitted temperature must land near 0.5, not at 1 or the grid ends.
        var random = new Random(7);
        var rows = new List<(float[] Scores, int Truth)>();
        for (var i = 0; i < 4000; i++)
        {
            var scores = Enumerable.Range(0, 5).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
            var weights = scores.Select(s => Math.Exp(s / 0.5)).ToArray();
            var u = random.NextDouble() * weights.Sum();
            var truth = 0;
            for (var acc = weights[0]; acc < u; acc += weights[++truth]) { }
            rows.Add((scores, truth));
        }

        var t = ScoreCalibration.FitTemperature(rows);

        Assert.InRange(t, 0.42, 0.6);
    }

    [Fact]
    public void FitTemperature_IsOne_WhenNoRowHasAKnownTruth()
    {
        Assert.Equal(1, ScoreCalibration.FitTemperature([([1f, 2f], -1)]));
    }

    [Fact]
    public void NegativeLogLikelihood_StaysFinite_ForHugeMargins()
    {
        var nll = ScoreCalibration.NegativeLogLikelihood([5000f, -5000f, 0f], 1, 0.05);

        Assert.True(double.IsFinite(nll));
        Assert.True(nll > 1000);
        Assert.Equal(0, ScoreCalibration.NegativeLogLikelihood([5000f, -5000f, 0f], 0, 0.05), 6);
    }

    [Fact]
    public void Estimator_ReplacesScore_WithTheSoftmaxAtThatTemperature()
    {
        var ml = new MLContext(1);
        var view = ml.Data.LoadFromEnumerable(new[]
        {
            new ScoreRow { Score = [1f, 2f, 3f] },
            new ScoreRow { Score = [400f, -400f, 0f] },
        });

        var output = ScoreCalibration.Estimator(ml, 0.5).Fit(view).Transform(view).GetColumn<float[]>("Score").ToList();

        var expected = new[] { 1.0, 2.0, 3.0 }.Select(s => Math.Exp(s / 0.5)).ToArray();
        for (var i = 0; i < 3; i++) Assert.Equal(expected[i] / expected.Sum(), output[0][i], 5);
        Assert.Equal(1f, output[1].Sum(), 5);
        Assert.All(output[1], p => Assert.True(float.IsFinite(p)));
        Assert.True(output[1][0] > 0.99f);
    }

    private sealed class ScoreRow
    {
        [VectorType(3)]
        public float[] Score { get; set; } = [];
    }
}
