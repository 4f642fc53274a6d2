using Analytics.Engine.Classification;

namespace Analytics.Engine.Tests.Classification;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Ёлка ЗЕЛЁНАЯ", "елка зеленая")]
    [InlineData("<p>Нет&nbsp;света&nbsp;</p><br/>уже <b>день</b>", "нет света уже день")]
    [InlineData("Сумма &laquo;большая&raquo; &amp; странная", "сумма «большая» & странная")]
    [InlineData("  много \t\r\n  пробелов\u00a0здесь ", "много пробелов здесь")]
    [InlineData("Звоните +7 (912) 345-67-89 или 8 912 345 67 89", "звоните xphone или xphone")]
    [InlineData("Пишите на ivan.petrov@mail.ru срочно", "пишите на xemail срочно")]
    [InlineData("Сумма 3 482,15 руб. от 12.03.2024, счётчик № 0112233", "сумма xnum xnum руб. от xnum , счетчик № xnum")]
    [InlineData("см. https://example.ru/page?id=1 там", "см. xurl там")]
    public void Normalize_ReturnsExpected_ForTypicalAppealText(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Normalize_ReturnsEmpty_WhenTextIsBlank(string? input) =>
        Assert.Equal(string.Empty, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_KeepsShortI_WhenLowerCasing() =>
        Assert.Equal("йошкар-ола, район", TextNormalizer.Normalize("ЙОШКАР-ОЛА, Район"));
}
