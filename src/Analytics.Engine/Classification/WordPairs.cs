using System.Text;

namespace Analytics.Engine.Classification;

/// <summary>
/// Word co-occurrence features: every unordered pair of words at distance 2 to <see cref="Window"/> in a text, as
/// one token each ("card+arrive"). They are the explicit degree-2 polynomial mapping of the word bag restricted to
/// a window (Chang et al., "Training and testing low-degree polynomial data mappings via linear SVM", JMLR 2010):
/// a linear model over them sees "these two words occur together" wherever they stand, which word bigrams see only
/// when adjacent (distance 1 is left to the bigrams). The window bounds the cost on long appeals — at most
/// (Window − 1) pairs per word — while covering the whole of a typical one-sentence request.
/// </summary>
public static class WordPairs
{
    /// <summary>Largest distance between the two words of a pair.</summary>
    public const int Window = 20;

    /// <summary>Separates the two words of a pair token; the normaliser leaves no '+' inside a word token.</summary>
    public const char Joiner = '+';

    /// <summary>The pair tokens of an already normalised text, separated by spaces (empty for fewer than three words).</summary>
    public static string Of(string normalized)
    {
        var words = Words(normalized);
        if (words.Count < 3) return string.Empty;
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 2; j < words.Count && j - i <= Window; j++)
            {
                // Unordered: "a+b" for both "a … b" and "b … a", so word order does not split the evidence.
                var (first, second) = string.CompareOrdinal(words[i], words[j]) <= 0 ? (words[i], words[j]) : (words[j], words[i]);
                if (text.Length > 0) text.Append(' ');
                text.Append(first).Append(Joiner).Append(second);
            }
        }
        return text.ToString();
    }

    /// <summary>Runs of letters and digits: punctuation separates words as FeaturizeText's own word bag does.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
