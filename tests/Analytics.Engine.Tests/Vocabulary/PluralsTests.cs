using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.Vocabulary;

public class PluralsTests
{
    [Theory]
    [InlineData(1, "вопрос")]
    [InlineData(2, "вопроса")]
    [InlineData(5, "вопросов")]
    [InlineData(11, "вопросов")]
    [InlineData(21, "вопрос")]
    [InlineData(22, "вопроса")]
    [InlineData(25, "вопросов")]
    [InlineData(111, "вопросов")]
    [InlineData(0, "вопросов")]
    [InlineData(14, "вопросов")]
    [InlineData(104, "вопроса")]
    public void Plural_AgreesWithTheCount(long n, string expected) =>
        Assert.Equal(expected, Plurals.Plural(n, "вопрос", "вопроса", "вопросов"));

    [Fact]
    public void Count_JoinsTheNumberAndNoun_WithANoBreakSpace() =>
        Assert.Equal("23\u00A0вопроса", Plurals.Count(23, "вопрос", "вопроса", "вопросов"));
}
