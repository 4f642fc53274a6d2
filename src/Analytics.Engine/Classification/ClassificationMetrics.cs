namespace Analytics.Engine.Classification;

/// <summary>Precision, recall and F1 of one class, with its support (true instances).</summary>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Metrics of a classifier on labelled data: accuracy, macro-F1 (unweighted mean over classes present in
/// truth or prediction), weighted-F1 (weighted by support), per-class figures and the confusion matrix
/// (<c>Confusion[i][j]</c> = texts of class <c>Labels[i]</c> predicted as <c>Labels[j]</c>).
/// </summary>
public sealed record ClassificationMetrics(
    double Accuracy,
    double MacroF1,
    double WeightedF1,
    int N,
    IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<string> Labels,
    IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    /// <summary>Computes the metrics from parallel lists of true and predicted labels.</summary>
    public static ClassificationMetrics Compute(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Truth and prediction lists differ in length.");
        var labels = truth.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var matrix = labels.Select(_ => new int[labels.Count]).ToArray();
        var correct = 0;
        for (var k = 0; k < truth.Count; k++)
        {
            matrix[index[truth[k]]][index[predicted[k]]]++;
            if (truth[k] == predicted[k]) correct++;
        }
        var perClass = new List<ClassMetrics>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var tp = matrix[i][i];
            var support = matrix[i].Sum();
            var predictedCount = matrix.Sum(row => row[i]);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(new ClassMetrics(labels[i], precision, recall, f1, support));
        }
        var n = truth.Count;
        return new ClassificationMetrics(
            n == 0 ? 0 : (double)correct / n,
            perClass.Count == 0 ? 0 : perClass.Average(c => c.F1),
            n == 0 ? 0 : perClass.Sum(c => c.F1 * c.Support) / n,
            n,
            perClass,
            labels,
            matrix.Select(r => (IReadOnlyList<int>)r).ToList());
    }

    /// <summary>One line for logs: accuracy, macro-F1, weighted-F1, n.</summary>
    public string Summary() =>
        FormattableString.Invariant($"accuracy {Accuracy:0.0000}, macro-F1 {MacroF1:0.0000}, weighted-F1 {WeightedF1:0.0000}, n={N}");

    /// <summary>Per-class lines and the confusion matrix, for the training log.</summary>
    public string Detail()
    {
        var lines = PerClass.Select(c => FormattableString.Invariant(
            $"  {c.Label,-24} P {c.Precision:0.000} R {c.Recall:0.000} F1 {c.F1:0.000} n={c.Support}")).ToList();
        if (Labels.Count <= 12)
        {
            lines.Add("  confusion (rows = truth, columns = predicted, order as above):");
            lines.AddRange(Confusion.Select(row => "  " + string.Join(' ', row.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)))));
        }
        return string.Join(Environment.NewLine, lines);
    }
}
