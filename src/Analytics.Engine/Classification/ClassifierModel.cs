using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Analytics.Engine.Classification;

/// <summary>
/// A trained text classifier: the ML.NET transformer with its input schema. Scores many texts through one
/// <c>Transform</c> over a streamed <see cref="IDataView"/>; single texts go through pooled prediction
/// engines (a <c>PredictionEngine</c> is not thread-safe, so each caller rents its own).
/// </summary>
public sealed class ClassifierModel
{
    private readonly MLContext _ml;

    public ClassifierModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema)
    {
        _ml = ml;
        Transformer = transformer;
        InputSchema = inputSchema;
        Labels = ReadLabels(ml, transformer, inputSchema);
    }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>Class labels in the order of the score vector.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Loads a model zip written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an ML.NET model zip.</exception>
    public static ClassifierModel Load(string path, int seed = 1)
    {
        var ml = new MLContext(seed);
        // The custom normalising mapping is found through the component catalog when the zip is read.
        ml.ComponentCatalog.RegisterAssembly(typeof(NormalizeMapping).Assembly);
        try
        {
            var transformer = ml.Model.Load(path, out var schema);
            return new ClassifierModel(ml, transformer, schema);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.IO.InvalidDataException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: not a classifier model zip ({ex.Message})", ex);
        }
    }

    /// <summary>Writes the model as a zip file (folders are created).</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _ml.Model.Save(Transformer, InputSchema, path);
    }

    /// <summary>
    /// Scores texts in one pass: the input is streamed through one <c>Transform</c>, the output produced
    /// lazily in input order. The id travels through the pipeline as a column, so nothing relies on cursor order.
    /// </summary>
    public IEnumerable<(string Id, Prediction Prediction)> PredictBatch(IEnumerable<(string Id, string Text)> rows)
    {
        var input = _ml.Data.LoadFromEnumerable(rows.Select(r => new KeyedSample { Id = r.Id, Text = r.Text }));
        var scored = Transformer.Transform(input);
        foreach (var p in _ml.Data.CreateEnumerable<KeyedPrediction>(scored, reuseRowObject: true))
            yield return (p.Id, new Prediction(p.PredictedLabel, p.Score.Length == 0 ? 0 : p.Score.Max()));
    }

    /// <summary>Scores texts in one pass and returns the predictions in input order.</summary>
    public IReadOnlyList<Prediction> PredictBatch(IEnumerable<string> texts) =>
        PredictBatch(texts.Select((t, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), t))).Select(p => p.Prediction).ToList();

    /// <summary>Scores labelled texts and computes the metrics against their labels.</summary>
    public ClassificationMetrics Evaluate(IReadOnlyList<LabelledText> data)
    {
        var predicted = PredictBatch(data.Select(d => d.Text));
        return ClassificationMetrics.Compute(data.Select(d => d.Label).ToList(), predicted.Select(p => p.Label).ToList());
    }

    /// <summary>A pool of prediction engines for single-text scoring from many threads.</summary>
    public ObjectPool<PredictionEngine<TextSample, TextPrediction>> CreatePool(int maximumRetained = 0)
    {
        var provider = new DefaultObjectPoolProvider
        {
            MaximumRetained = maximumRetained > 0 ? maximumRetained : Environment.ProcessorCount * 2,
        };
        return provider.Create(new PredictionEnginePolicy(_ml, Transformer, InputSchema));
    }

    private static List<string> ReadLabels(MLContext ml, ITransformer transformer, DataViewSchema inputSchema)
    {
        // The visible Score may be a calibrated copy without slot names (the SVM's softmax); the trainer's own
        // Score column, hidden behind it, still carries them in the same order.
        var output = transformer.GetOutputSchema(inputSchema);
        var score = output.Where(c => c.Name == "Score" && c.Annotations.Schema.GetColumnOrNull("SlotNames") is not null)
            .Select(c => (DataViewSchema.Column?)c).LastOrDefault();
        if (score is null) return [];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        score.Value.GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}
