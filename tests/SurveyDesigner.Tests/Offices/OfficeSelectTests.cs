using Analytics.Engine.Vocabulary;
using Bunit;
using MudBlazor;
using SurveyDesigner.Offices;
using SurveyDesigner.Tests.Support;

namespace SurveyDesigner.Tests.Offices;

/// <summary>D13: the one office picker tells offices of the same name apart and finds them by street.</summary>
public sealed class OfficeSelectTests : ComponentTest
{
    private static readonly OrgEntry[] Offices =
    [
        new("ARH-01", "office", "Центральный клиентский офис", "ESZ-ARH", "Архангельский филиал", "Архангельск",
            "Центральный клиентский офис — Архангельск, ARH-01", "г. Архангельск, наб. Северной Двины, д. 60"),
        new("MUR-01", "office", "Центральный клиентский офис", "ESZ-MUR", "Мурманский филиал", "Мурманск",
            "Центральный клиентский офис — Мурманск, MUR-01", "г. Мурманск, ул. Полярные Зори, д. 12"),
    ];

    [Fact]
    public void TypingAStreet_OffersTheOneOfficeThere_WithCodeAndAddress()
    {
        var provider = Render<MudPopoverProvider>();
        string? picked = null;
        var cut = Render<OfficeSelect>(p => p.Add(s => s.Offices, Offices).Add(s => s.ValueChanged, v => picked = v));

        cut.Find("input").Input("Полярные");

        provider.WaitForAssertion(() =>
        {
            var options = provider.FindAll("[data-office]");
            var option = Assert.Single(options);
            Assert.Equal("MUR-01", option.GetAttribute("data-office"));
            Assert.Contains("MUR-01", option.TextContent);
            Assert.Contains("ул. Полярные Зори", option.TextContent);
        });
        provider.Find("[data-office=MUR-01]").Click();
        cut.WaitForAssertion(() => Assert.Equal("MUR-01", picked));
    }

    [Fact]
    public void SameName_TwoOptionsThatReadDifferently()
    {
        var provider = Render<MudPopoverProvider>();
        var cut = Render<OfficeSelect>(p => p.Add(s => s.Offices, Offices));

        cut.Find("input").Input("центральный");

        provider.WaitForAssertion(() =>
        {
            var texts = provider.FindAll("[data-office]").Select(o => o.TextContent.Trim()).ToList();
            Assert.Equal(2, texts.Count);
            Assert.NotEqual(texts[0], texts[1]);
        });
    }

    [Fact]
    public async Task Multiple_AddsAChipPerOffice_AndRemovesIt()
    {
        IReadOnlyCollection<string> selected = ["ARH-01"];
        Render<MudPopoverProvider>();
        var cut = Render<OfficeSelect>(p => p.Add(s => s.Offices, Offices).Add(s => s.Multiple, true).Add(s => s.SelectedValues, selected)
            .Add(s => s.SelectedValuesChanged, v => selected = v));

        Assert.Contains("Архангельск, ARH-01", cut.Find("[data-testid=office-chips] [data-office=ARH-01]").TextContent);
        var box = cut.FindComponent<MudAutocomplete<OrgEntry>>();
        await cut.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(Offices[1]));
        Assert.Equal(["ARH-01", "MUR-01"], selected);
    }
}
