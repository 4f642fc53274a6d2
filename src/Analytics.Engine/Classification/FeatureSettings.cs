namespace Analytics.Engine.Classification;

/// <summary>
/// N-gram settings of <c>FeaturizeText</c>: word n-grams 1..<see cref="WordNgrams"/> and character n-grams
/// 1..<see cref="CharNgrams"/> (ML.NET takes all lengths up to the maximum), plus — when <see cref="WordPairs"/> —
/// the word co-occurrence pairs of <see cref="Classification.WordPairs"/>; TF-IDF weighted, L2-normalised together.
/// </summary>
public sealed record FeatureSettings(int WordNgrams, int CharNgrams, bool WordPairs = false)
{
    /// <summary>
    /// Word uni+bigrams, character n-grams up to 4 and word pairs: the best of the settings in <see cref="Candidates"/>
    /// by 5-fold cross-validation on all of Banking77's training set, where the pairs add 0.009 (ADR 0004).
    /// </summary>
    public static FeatureSettings Default { get; } = new(2, 4, WordPairs: true);

    /// <summary>
    /// Settings tried by cross-validation after the trainer is chosen (the default first). The pairs are on in all but
    /// one, the default without them, so cross-validation can still turn them off for data they do not suit.
    /// </summary>
    public static IReadOnlyList<FeatureSettings> Candidates { get; } =
        [Default, new(1, 4, true), new(2, 3, true), new(2, 5, true), new(2, 4)];

    public override string ToString() => $"word1-{WordNgrams}+char1-{CharNgrams}" + (WordPairs ? "+pairs" : "");

    /// <summary>
    /// Parses <c>auto</c> (null: chosen by cross-validation), <c>W,C</c> (e.g. <c>2,5</c>) or <c>W,C,pairs</c>
    /// (e.g. <c>2,3,pairs</c>).
    /// </summary>
    public static FeatureSettings? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var pairs = parts.Length == 3 && parts[2].Equals("pairs", StringComparison.OrdinalIgnoreCase);
        if ((parts.Length == 2 || pairs) && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var c) && w is >= 1 and <= 4 && c is >= 1 and <= 7)
            return new FeatureSettings(w, c, pairs);
        throw new ArgumentException(
            $"N-gram setting '{text}' is not 'auto', 'W,C' or 'W,C,pairs' (word 1-4, char 1-7), e.g. '2,5' or '2,3,pairs'.", nameof(text));
    }
}
