using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Analytics.Engine.Classification;

/// <summary>Creates prediction engines for the pool; every engine is reusable, so <see cref="Return"/> keeps all.</summary>
public sealed class PredictionEnginePolicy(MLContext ml, ITransformer transformer, DataViewSchema inputSchema)
    : IPooledObjectPolicy<PredictionEngine<TextSample, TextPrediction>>
{
    public PredictionEngine<TextSample, TextPrediction> Create() =>
        ml.Model.CreatePredictionEngine<TextSample, TextPrediction>(transformer, inputSchema: inputSchema);

    public bool Return(PredictionEngine<TextSample, TextPrediction> obj) => true;
}

/// <summary>Single-text scoring over a pool of engines; safe to call from many threads.</summary>
public sealed class PooledPredictor(ObjectPool<PredictionEngine<TextSample, TextPrediction>> pool)
{
    public PooledPredictor(ClassifierModel model) : this(model.CreatePool()) { }

    public Prediction Predict(string text)
    {
        var engine = pool.Get();
        try
        {
            var p = engine.Predict(new TextSample { Text = text });
            return new Prediction(p.PredictedLabel, p.Confidence);
        }
        finally
        {
            pool.Return(engine);
        }
    }
}
