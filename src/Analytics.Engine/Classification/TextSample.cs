using Microsoft.ML.Data;

namespace Analytics.Engine.Classification;

/// <summary>A text with its label, as read from a CSV file or the store.</summary>
public sealed record LabelledText(string Text, string Label);

/// <summary>One row fed to the ML.NET pipeline. <see cref="Label"/> is empty when scoring.</summary>
public sealed class TextSample
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    /// <summary>Example weight; inverse class frequency so rare classes are not drowned out.</summary>
    public float Weight { get; set; } = 1f;
}

/// <summary>What the model returns for one text: the label and the class probabilities.</summary>
public sealed class TextPrediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = string.Empty;

    [ColumnName("Score")]
    public float[] Score { get; set; } = [];

    /// <summary>Probability of the predicted class (the largest score).</summary>
    public float Confidence => Score.Length == 0 ? 0f : Score.Max();
}

/// <summary>A scored text: label and its probability.</summary>
public sealed record Prediction(string Label, double Confidence);

/// <summary>A text to score with the id that identifies it (e.g. an appeal's register number).</summary>
public sealed class KeyedSample
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}

/// <summary>A scored row of a batch: the id passed through, the label and the class probabilities.</summary>
public sealed class KeyedPrediction
{
    public string Id { get; set; } = string.Empty;

    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = string.Empty;

    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
