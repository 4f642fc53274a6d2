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

    private static IEnumerable<string> BreakLong(FontSet fonts, string word, bool bold, float size, float width)
    {
        if (fonts.Measure(word, bold, size) <= width)
        {
            yield return word;
            yield break;
        }
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && fonts.Measure(word[start..end], bold, size) > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }
        if (start < word.Length) yield return word[start..];
    }
}
