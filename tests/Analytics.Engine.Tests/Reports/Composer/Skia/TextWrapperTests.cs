using Analytics.Engine.Reports.Composer.Skia;

namespace Analytics.Engine.Tests.Reports.Composer.Skia;

// #15.8 "no words split mid-word": a word that fits a line is never broken; a word wider than the line is hyphenated
// only where Russian allows it, and its pieces join back into the word.
public sealed class TextWrapperTests : IDisposable
{
    private readonly FontSet _fonts = new();

    [Fact]
    public void Wrap_BreaksOnlyBetweenWords_WhenEveryWordFitsALine()
    {
        const string text = "Настоящая декларация подтверждает соответствие деятельности Северного филиала по обслуживанию " +
                            "потребителей требованиям Стандарта по результатам самооценки за период с 01.01.2025 по 31.12.2025.";
        var width = _fonts.Measure("обслуживанию потребителей", false, 10);

        var lines = TextWrapper.Wrap(_fonts, text, false, 10, width);

        Assert.True(lines.Count > 4);
        Assert.Equal(text.Split(' '), lines.SelectMany(l => l.Split(' ')));
        Assert.All(lines, l => Assert.True(_fonts.Measure(l, false, 10) <= width, l));
    }

    [Fact]
    public void Wrap_HyphenatesAWordWiderThanTheLine_AtASyllableSafePoint()
    {
        const string word = "электросетевой";
        var width = _fonts.Measure("электросе", false, 10);

        var pieces = TextWrapper.Wrap(_fonts, word, false, 10, width);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces[..^1], p => Assert.EndsWith("-", p));
        Assert.Equal(word, string.Concat(pieces.Select(p => p.TrimEnd('-'))));
        var at = 0;
        foreach (var piece in pieces[..^1])
        {
            at += piece.Length - 1;
            Assert.True(TextWrapper.CanHyphenate(word, at), $"«{word[..at]}-{word[at..]}»");
        }
    }

    [Theory]
    [InlineData("обращений", 4, true)]    // обра-щений: after a vowel
    [InlineData("филиалов", 5, true)]     // филиа-лов
    [InlineData("большой", 4, true)]      // боль-шой: between two consonants
    [InlineData("большой", 5, false)]     // больш-ой: never consonant | vowel
    [InlineData("подъезд", 3, false)]     // never before ъ
    [InlineData("район", 2, false)]       // never before й
    [InlineData("приём", 1, false)]       // at least two letters each side
    [InlineData("ARH-01", 3, false)]      // codes are not hyphenated at letters next to non-letters
    public void CanHyphenate_FollowsRussianRules(string word, int at, bool allowed) =>
        Assert.Equal(allowed, TextWrapper.CanHyphenate(word, at));

    public void Dispose() => _fonts.Dispose();
}
