using Analytics.Engine.Classification;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Classification;

public class WordPairsTests
{
    [Fact]
    public void Of_GivesUnorderedPairsAtDistanceTwoAndMore_LeavingAdjacentWordsToBigrams()
    {
        var pairs = WordPairs.Of("нет света третий день").Split(' ');

        // нет…третий, нет…день, света…день; never света…нет (adjacent).
        Assert.Equal(["нет+третий", "день+нет", "день+света"], pairs);
    }

    [Fact]
    public void Of_IsTheSame_WhateverTheOrderOfTheTwoWords()
    {
        Assert.Equal(WordPairs.Of("счет не пришел"), WordPairs.Of("пришел не счет"));
        Assert.Equal("пришел+счет", WordPairs.Of("счет, не пришел"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("свет")]
    [InlineData("нет света")]
    public void Of_IsEmpty_ForFewerThanThreeWords(string text) => Assert.Equal(string.Empty, WordPairs.Of(text));

    [Fact]
    public void Of_PairsNoWordsFurtherApartThanTheWindow_SoLongAppealsStayLinear()
    {
        var words = Enumerable.Range(0, 200).Select(i => "w" + i).ToList();

        var pairs = WordPairs.Of(string.Join(' ', words)).Split(' ');

        Assert.Contains("w0+w20", pairs);
        Assert.DoesNotContain("w0+w21", pairs);
        // Word i pairs with i+2 … i+20 while they exist: 19 partners each for the first 180 words, fewer at the end.
        var expected = Enumerable.Range(0, 200).Sum(i => Math.Max(0, Math.Min(199, i + WordPairs.Window) - (i + 2) + 1));
        Assert.Equal(expected, pairs.Length);
        Assert.True(pairs.Length < 200 * WordPairs.Window);
    }

    [Fact]
    public void FeatureSettings_ParsesPairs_AndPrintsThem()
    {
        Assert.Equal(new FeatureSettings(2, 3, WordPairs: true), FeatureSettings.Parse("2,3,pairs"));
        Assert.Equal(new FeatureSettings(2, 3), FeatureSettings.Parse("2,3"));
        Assert.Equal("word1-2+char1-3+pairs", new FeatureSettings(2, 3, true).ToString());
        Assert.Throws<ArgumentException>(() => FeatureSettings.Parse("2,3,triples"));
    }

    [Fact]
    public void ModelWithPairs_SavesAndLoads_AndPredictsTheSame()
    {
        var trained = new ClassifierTrainer().Train(SmallCorpus.FastRequest() with
        {
            Trainer = TrainerKind.SdcaSvm, Features = new FeatureSettings(2, 3, WordPairs: true),
        });
        using var temp = new TempStore(migrate: false);
        var path = temp.File("models/pairs.zip");
        trained.Model.Save(path);

        var loaded = ClassifierModel.Load(path);

        string[] probes = ["Света нет второй день во всем доме", "Оплата по счету не дошла до компании"];
        Assert.Equal(trained.Model.PredictBatch(probes), loaded.PredictBatch(probes));
        Assert.Equal("word1-2+char1-3+pairs", trained.Features.ToString());
        Assert.True(trained.Metrics.Accuracy > 0.8, $"cross-validated accuracy {trained.Metrics.Accuracy}");
    }
}
