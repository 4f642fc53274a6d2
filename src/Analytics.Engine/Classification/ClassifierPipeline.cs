using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Analytics.Engine.Classification;

/// <summary>
/// Builds the estimator chain: normalise → label to key → FeaturizeText (word + char n-grams, TF-IDF, L2)
/// → trainer → key back to label. Split into a featuriser and a trainer part: model selection featurises a fold
/// once and tries every trainer on the cached features, and the final fit does the same (SDCA shuffles only a
/// cached view).
/// </summary>
public static class ClassifierPipeline
{
    public const string FeaturesColumn = "Features";
    public const string LabelColumn = "Label";
    public const string WeightColumn = "Weight";

    /// <summary>
    /// Feature pruning that bounds a model's size whatever the register (ADR 0004): each n-gram length of the word and
    /// character bags keeps at most this many n-grams — the first met in the seeded shuffle of the training texts —
    /// so a model's weights stay under classes × (2 + C) × this many floats.
    /// </summary>
    public const int MaxNgramsPerLength = 100_000;

    /// <summary>The word-pair dictionary's cap (pairs grow fastest: ~19 per word of every text).</summary>
    public const int MaxPairs = 300_000;

    /// <summary>
    /// Normalisation, label keys and text features. With word pairs, FeaturizeText's bags are left unnormalised,
    /// the pair bag (TF-IDF) is appended and the whole vector is L2-normalised once, so the pairs share one space
    /// with the n-grams exactly as the n-grams share it with each other.
    /// </summary>
    public static IEstimator<ITransformer> Featurizer(MLContext ml, FeatureSettings settings)
    {
        var options = new TextFeaturizingEstimator.Options
        {
            // Case and ё are handled by TextNormalizer; diacritics must stay (й is not и).
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgrams, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
                MaximumNgramsCount = [.. Enumerable.Repeat(MaxNgramsPerLength, settings.WordNgrams)],
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgrams, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
                MaximumNgramsCount = [.. Enumerable.Repeat(MaxNgramsPerLength, settings.CharNgrams)],
            },
            Norm = settings.WordPairs ? TextFeaturizingEstimator.NormFunction.None : TextFeaturizingEstimator.NormFunction.L2,
        };
        var prepared = ml.Transforms.CustomMapping(new NormalizeMapping().GetMapping(), NormalizeMapping.ContractName)
            .Append(ml.Transforms.Conversion.MapValueToKey(LabelColumn, LabelColumn));
        if (!settings.WordPairs) return prepared.Append(ml.Transforms.Text.FeaturizeText(FeaturesColumn, options, "NormalizedText"));
        return prepared
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", options, "NormalizedText"))
            .Append(ml.Transforms.CustomMapping(new WordPairsMapping().GetMapping(), WordPairsMapping.ContractName))
            // One pair is one space-separated token, so a unigram bag of that column is the bag of pairs; spelt out
            // (tokens → keys → bag) so the pair dictionary itself is capped, not only the bag.
            .Append(ml.Transforms.Text.TokenizeIntoWords("PairTokens", "WordPairs"))
            .Append(ml.Transforms.Conversion.MapValueToKey("PairKeys", "PairTokens", maximumNumberOfKeys: MaxPairs))
            .Append(ml.Transforms.Text.ProduceNgrams("PairFeatures", "PairKeys", ngramLength: 1, useAllLengths: false,
                maximumNgramsCount: MaxPairs, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.Concatenate("RawFeatures", "TextFeatures", "PairFeatures"))
            .Append(ml.Transforms.NormalizeLpNorm(FeaturesColumn, "RawFeatures", LpNormNormalizingEstimatorBase.NormFunction.L2));
    }

    /// <summary>
    /// The trainer for <paramref name="n"/> training texts, then — for the SVM when <paramref name="temperature"/> is
    /// positive — the softmax calibration of its margins, then the mapping of the predicted key back to the label text.
    /// </summary>
    public static IEstimator<ITransformer> Trainer(MLContext ml, TrainerCandidate candidate, int n, double temperature, int threads = 0)
    {
        var kind = candidate.Kind;
        IEstimator<ITransformer> trainer = kind switch
        {
            // Multiclass hinge loss by dual coordinate ascent: the LIBLINEAR-style linear SVM, the classic strongest
            // linear model for short texts. One thread: SDCA is deterministic only single-threaded, and it takes seconds.
            TrainerKind.SdcaSvm => ml.MulticlassClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn, FeatureColumnName = FeaturesColumn, ExampleWeightColumnName = WeightColumn,
                Loss = new HingeLoss(), L1Regularization = 0, L2Regularization = candidate.L2(n),
                MaximumNumberOfIterations = 30, NumberOfThreads = threads > 0 ? threads : 1,
            }),
            TrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn, FeatureColumnName = FeaturesColumn, ExampleWeightColumnName = WeightColumn,
                NumberOfThreads = threads > 0 ? threads : null,
            }),
            TrainerKind.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn, FeatureColumnName = FeaturesColumn, ExampleWeightColumnName = WeightColumn,
                // No L1: with L2-normalised TF-IDF features the default L1 of 1 zeroes every weight on small sets.
                NumberOfThreads = threads > 0 ? threads : null, L1Regularization = 0, L2Regularization = 1e-4f,
                // A short history and iteration cap: with 77 classes × 10⁵ n-grams each L-BFGS step touches millions of weights.
                HistorySize = 5, MaximumNumberOfIterations = 60, OptimizationTolerance = 1e-5f,
            }),
            TrainerKind.OvaSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
                {
                    LabelColumnName = LabelColumn, FeatureColumnName = FeaturesColumn, ExampleWeightColumnName = WeightColumn,
                    NumberOfIterations = 10,
                }),
                LabelColumn),
            TrainerKind.OvaPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
                {
                    LabelColumnName = LabelColumn, FeatureColumnName = FeaturesColumn, NumberOfIterations = 10,
                }),
                LabelColumn),
            // LightGbm bins every feature before boosting; on 10⁴–10⁵ sparse n-grams that dominates, so it sees
            // only the 1,500 n-grams with the most mutual information with the label.
            TrainerKind.LightGbm => ml.Transforms.FeatureSelection.SelectFeaturesBasedOnMutualInformation(
                    "SelectedFeatures", FeaturesColumn, LabelColumn, slotsInOutput: 1500)
                .Append(ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
                {
                    LabelColumnName = LabelColumn, FeatureColumnName = "SelectedFeatures", ExampleWeightColumnName = WeightColumn,
                    NumberOfIterations = 60, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 5,
                    // One thread unless asked: LightGBM's OpenMP workers spin-wait, which on shared cores costs more than it gains.
                    NumberOfThreads = threads > 0 ? threads : 1, Seed = 1, Silent = true,
                })),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Auto is resolved before building a trainer."),
        };
        if (kind == TrainerKind.SdcaSvm && temperature > 0) trainer = trainer.Append(ScoreCalibration.Estimator(ml, temperature));
        return trainer.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
    }
}
