using Microsoft.ML.Transforms;

namespace Analytics.Engine.Classification;

/// <summary>
/// <see cref="WordPairs"/> as an ML.NET custom mapping, so a saved model zip makes its own pair tokens; the window
/// is fixed by the contract name (a new window would be a new contract, and old zips keep loading).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class WordPairsMapping : CustomMappingFactory<WordPairsMapping.Input, WordPairsMapping.Output>
{
    public const string ContractName = "Analytics.WordPairs.w20.v1";

    /// <summary>Input column: the normaliser's output.</summary>
    public sealed class Input
    {
        public string NormalizedText { get; set; } = string.Empty;
    }

    /// <summary>Output column: space-separated pair tokens.</summary>
    public sealed class Output
    {
        public string WordPairs { get; set; } = string.Empty;
    }

    public static void Map(Input input, Output output) => output.WordPairs = Classification.WordPairs.Of(input.NormalizedText);

    public override Action<Input, Output> GetMapping() => Map;
}
