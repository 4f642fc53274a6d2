namespace Analytics.Engine.Classification;

/// <summary>
/// N-gram settings of <c>FeaturizeText</c>: word n-grams 1..<see cref="WordNgrams"/> and character n-grams
/// 1..<see cref="CharNgrams"/> (ML.NET takes all lengths up to the maximum), TF-IDF weighted, L2-normalised.
/// </summary>
public sealed record FeatureSettings(int WordNgrams, int CharNgrams)
{
    /// <summary>The classic strong baseline: word uni+bigrams, character n-grams up to 5.</summary>
    public static FeatureSettings Default { get; } = new(2, 5);

    /// <summary>Settings tried by cross-validation after the trainer is chosen (the default first).</summary>
    public static IReadOnlyList<FeatureSettings> Candidates { get; } = [Default, new(1, 4), new(2, 3), new(3, 5)];

    public override string ToString() => $"word1-{WordNgrams}+char1-{CharNgrams}";

    /// <summary>Parses <c>auto</c> (null: chosen by cross-validation) or <c>W,C</c>, e.g. <c>2,5</c>.</summary>
    public static FeatureSettings? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var c) && w is >= 1 and <= 4 && c is >= 1 and <= 7)
            return new FeatureSettings(w, c);
        throw new ArgumentException($"N-gram setting '{text}' is not 'auto' or 'W,C' (word 1-4, char 1-7), e.g. '2,5'.", nameof(text));
    }
}
