using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.Tests.Vocabulary;

public class OfficeNamesTests
{
    [Fact]
    public void Office_IsNamedWithCityAndCode() =>
        Assert.Equal("Центральный клиентский офис — Архангельск, ARH-01",
            OfficeNames.Display("Центральный клиентский офис", "Архангельск", "ARH-01", Labels.Russian));

    [Fact]
    public void ANameHoldingItsCity_DoesNotRepeatIt() =>
        Assert.Equal("Клиентский офис г. Гатчина — SPB-06", OfficeNames.Display("Клиентский офис г. Гатчина", "Гатчина", "SPB-06", Labels.Russian));

    [Fact]
    public void NoOffice_IsTheCompanyAsAWhole() => Assert.Equal("Компания в целом", OfficeNames.Display(null, null, null, Labels.Russian));

    [Theory]
    [InlineData("г. Архангельск, наб. Северной Двины, д. 60", null, "Архангельск")]
    [InlineData("163000, г. Архангельск, ул. Ленина, д. 1", null, "Архангельск")]
    [InlineData("ул. Ленина, д. 1", "Республика Коми", "Республика Коми")]
    [InlineData(null, null, null)]
    public void City_IsReadFromTheAddress_ElseTheRegion(string? address, string? region, string? city) =>
        Assert.Equal(city, OrgDirectory.City(address, region));
}
