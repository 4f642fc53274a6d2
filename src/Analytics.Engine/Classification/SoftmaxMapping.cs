using Microsoft.ML.Transforms;

namespace Analytics.Engine.Classification;

/// <summary>
/// Softmax of a score vector as an ML.NET custom mapping (max subtracted first, so any margin is safe). The
/// temperature is applied before it by an Expression transform, so this mapping has no state of its own and the
/// zip carries everything; loading needs the engine assembly in the component catalog, as for <see cref="NormalizeMapping"/>.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class SoftmaxMapping : CustomMappingFactory<SoftmaxMapping.Input, SoftmaxMapping.Output>
{
    public const string ContractName = "Analytics.Softmax.v1";

    /// <summary>Input column: scores already divided by the temperature.</summary>
    public sealed class Input
    {
        public float[] ScaledScore { get; set; } = [];
    }

    /// <summary>Output column: class probabilities in the same slot order.</summary>
    public sealed class Output
    {
        public float[] Score { get; set; } = [];
    }

    public static void Map(Input input, Output output) => output.Score = Softmax(input.ScaledScore);

    /// <summary>exp(x − max) / Σ exp(x − max), in double.</summary>
    public static float[] Softmax(IReadOnlyList<float> scores)
    {
        if (scores.Count == 0) return [];
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp((double)s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => (float)(e / sum))];
    }

    public override Action<Input, Output> GetMapping() => Map;
}
