namespace Analytics.Engine.Reports.Composer.Skia;

/// <summary>Greedy word wrapping on shaped widths; words longer than a line are broken between characters.</summary>
internal static class TextWrapper
{
    public static List<string> Wrap(FontSet fonts, string text, bool bold, float size, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                lines.Add("");
                continue;
            }
            var space = fonts.Measure(" ", bold, size);
            var current = new List<string>();
            var currentWidth = 0f;
            foreach (var raw in words)
            {
                foreach (var word in BreakLong(fonts, raw, bold, size, width))
                {
                    var w = fonts.Measure(word, bold, size);
                    var needed = current.Count == 0 ? w : currentWidth + space + w;
                    if (needed > width && current.Count > 0)
                    {
                        lines.Add(string.Join(' ', current));
                        current.Clear();
                        needed = w;
                    }
                    current.Add(word);
                    currentWidth = needed;
                }
            }
            if (current.Count > 0) lines.Add(string.Join(' ', current));
        }
        return lines;
    }

    /// <summary>
    /// A word wider than the line: split after a hyphen or slash first; otherwise hyphenate at a syllable-safe point
    /// (after a vowel, or between two consonants; never before ь, ъ, й; at least two letters each side), taking the
    /// longest head that fits. Only a word with no such point at all (a long code) is cut between characters.
    /// </summary>
    private static IEnumerable<string> BreakLong(FontSet fonts, string word, bool bold, float size, float width)
    {
        var rest = word;
        while (fonts.Measure(rest, bold, size) > width)
        {
            var cut = BestBreak(fonts, rest, bold, size, width);
            if (cut is null) break;
            yield return cut.Value.Head;
            rest = rest[cut.Value.Next..];
        }
        if (fonts.Measure(rest, bold, size) <= width)
        {
            yield return rest;
            yield break;
        }
        var start = 0;
        for (var end = 1; end <= rest.Length; end++)
        {
            if (end - start > 1 && fonts.Measure(rest[start..end], bold, size) > width)
            {
                yield return rest[start..(end - 1)];
                start = end - 1;
            }
        }
        if (start < rest.Length) yield return rest[start..];
    }

    private static (string Head, int Next)? BestBreak(FontSet fonts, string word, bool bold, float size, float width)
    {
        for (var i = word.Length - 1; i >= 1; i--)
        {
            string head;
            if (word[i - 1] is '-' or '/' or '–') head = word[..i];
            else if (CanHyphenate(word, i)) head = word[..i] + "-";
            else continue;
            if (fonts.Measure(head, bold, size) <= width) return (head, i);
        }
        return null;
    }

    private const string Vowels = "аеёиоуыэюяАЕЁИОУЫЭЮЯaeiouyAEIOUY";

    /// <summary>True when a hyphen may go between word[i − 1] and word[i].</summary>
    internal static bool CanHyphenate(string word, int i)
    {
        if (i < 2 || word.Length - i < 2) return false;
        if (!char.IsLetter(word[i - 1]) || !char.IsLetter(word[i]) || !char.IsLetter(word[i - 2]) || !char.IsLetter(word[i + 1])) return false;
        if ("ьъйЬЪЙ".Contains(word[i])) return false;
        var head = word[..i];
        var tail = word[i..];
        if (!head.Any(c => Vowels.Contains(c)) || !tail.Any(c => Vowels.Contains(c))) return false;
        // After a vowel («Обра-щений»), or between two consonants («филиа-лов», «боль-шой»); never consonant | vowel.
        return Vowels.Contains(word[i - 1]) || !Vowels.Contains(word[i]);
    }
}
