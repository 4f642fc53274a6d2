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

    /// <summary>D13 / issue #15 item 7: the popup is grouped by branch — the branch's line before its offices — and search still filters.</summary>
    [Fact]
    public void Options_AreGroupedUnderTheirBranch_AndSearchStillFilters()
    {
        OrgEntry[] offices =
        [
            Offices[0],
            new("ARH-02", "office", "Клиентский офис", "ESZ-ARH", "Архангельский филиал", "Северодвинск",
                "Клиентский офис — Северодвинск, ARH-02", "г. Северодвинск, ул. Ломоносова, д. 7"),
            Offices[1],
        ];
        var provider = Render<MudPopoverProvider>();
        string? picked = null;
        var cut = Render<OfficeSelect>(p => p.Add(s => s.Offices, offices).Add(s => s.ValueChanged, v => picked = v));
        string[] Lines() => [.. provider.FindAll("[data-branch-header], [data-office]")
            .Select(e => e.HasAttribute("data-branch-header") ? "# " + e.TextContent.Trim() : e.GetAttribute("data-office")!)];

        cut.Find("input").Input("офис");
        provider.WaitForAssertion(() => Assert.Equal(
            ["# Архангельский филиал", "ARH-01", "ARH-02", "# Мурманский филиал", "MUR-01"], Lines()));

        // The branch line is not an office: clicking it picks nothing.
        provider.Find("[data-branch-header=ESZ-MUR]").Click();
        Assert.Null(picked);

        cut.Find("input").Input("Северодвинск");
        provider.WaitForAssertion(() => Assert.Equal(["# Архангельский филиал", "ARH-02"], Lines()));
        provider.Find("[data-office=ARH-02]").Click();
        cut.WaitForAssertion(() => Assert.Equal("ARH-02", picked));
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
