using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace Analytics.Engine.Classification;

/// <summary>
/// Builds the estimator chain: normalise → label to key → FeaturizeText (word + char n-grams, TF-IDF, L2)
/// → trainer → key back to label. Split into a featuriser and a trainer part so model selection can
/// featurise a fold once and try every trainer on the cached features.
/// </summary>
public static class ClassifierPipeline
{
    public const string FeaturesColumn = "Features";
    public const string LabelColumn = "Label";
    public const string WeightColumn = "Weight";

    /// <summary>Normalisation, label keys and text features.</summary>
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
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgrams, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.CustomMapping(new NormalizeMapping().GetMapping(), NormalizeMapping.ContractName)
            .Append(ml.Transforms.Conversion.MapValueToKey(LabelColumn, LabelColumn))
            .Append(ml.Transforms.Text.FeaturizeText(FeaturesColumn, options, "NormalizedText"));
    }

    /// <summary>The trainer followed by the mapping of the predicted key back to the label text.</summary>
    public static IEstimator<ITransformer> Trainer(MLContext ml, TrainerKind kind, int threads = 0)
    {
        IEstimator<ITransformer> trainer = kind switch
        {
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
        return trainer.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
    }

    /// <summary>The whole chain for one trainer and feature setting.</summary>
    public static IEstimator<ITransformer> Build(MLContext ml, FeatureSettings settings, TrainerKind kind) =>
        Featurizer(ml, settings).Append(Trainer(ml, kind));
}
