using Microsoft.ML.Transforms;

namespace Analytics.Engine.Classification;

/// <summary>
/// The normaliser as an ML.NET custom mapping, so a saved model zip carries its own text preparation and
/// every consumer (CLI, web host, batch) prepares text the same way. Loading such a model needs this
/// assembly registered in the <c>MLContext</c> component catalog (see <see cref="ClassifierModel.Load"/>).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class NormalizeMapping : CustomMappingFactory<NormalizeMapping.Input, NormalizeMapping.Output>
{
    public const string ContractName = "Analytics.TextNormalizer.v1";

    /// <summary>Input column of the mapping.</summary>
    public sealed class Input
    {
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>Output column of the mapping.</summary>
    public sealed class Output
    {
        public string NormalizedText { get; set; } = string.Empty;
    }

    public static void Map(Input input, Output output) => output.NormalizedText = TextNormalizer.Normalize(input.Text);

    public override Action<Input, Output> GetMapping() => Map;
}
