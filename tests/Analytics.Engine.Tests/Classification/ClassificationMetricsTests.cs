using Analytics.Engine.Classification;

namespace Analytics.Engine.Tests.Classification;

public class ClassificationMetricsTests
{
    [Fact]
    public void Compute_GivesHandCheckedFigures_ForSmallConfusion()
    {
        // a: 3 true, 2 found; b: 1 true, found, plus one a mistaken for b.
        string[] truth = ["a", "a", "a", "b"];
        string[] predicted = ["a", "a", "b", "b"];

        var m = ClassificationMetrics.Compute(truth, predicted);

        Assert.Equal(0.75, m.Accuracy, 6);
        var a = m.PerClass.Single(c => c.Label == "a");
        var b = m.PerClass.Single(c => c.Label == "b");
        Assert.Equal((1.0, 2.0 / 3, 0.8, 3), (a.Precision, a.Recall, a.F1, a.Support));
        Assert.Equal(0.5, b.Precision, 6);
        Assert.Equal(2.0 / 3, b.F1, 6);
        Assert.Equal((0.8 + 2.0 / 3) / 2, m.MacroF1, 6);
        Assert.Equal((0.8 * 3 + 2.0 / 3) / 4, m.WeightedF1, 6);
        Assert.Equal([2, 1], m.Confusion[0]);
        Assert.Equal([0, 1], m.Confusion[1]);
    }

    [Fact]
    public void Compute_ReturnsZeros_WhenNoRows()
    {
        var m = ClassificationMetrics.Compute([], []);
        Assert.Equal((0.0, 0.0, 0), (m.Accuracy, m.MacroF1, m.N));
    }
}
