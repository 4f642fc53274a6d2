using Bunit;
using Dashboard.Components.Layout;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class LanguageSwitchTests : BunitContext
{
    private readonly TestStore _store = new();

    [Fact]
    public void Render_MarksRussianCurrent_AndLinksEnglishBackToThisPage()
    {
        this.AddDashboardServices(_store.Store, "ru-RU");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/imports?x=1");

        var cut = Render<LanguageSwitch>();

        Assert.Contains("current", cut.Find("[data-culture='ru-RU']").ClassName);
        var english = cut.Find("[data-culture='en-GB']");
        Assert.DoesNotContain("current", english.ClassName);
        Assert.Equal("/culture?c=en-GB&redirect=%2Fimports%3Fx%3D1", english.GetAttribute("href"));
        // A full page load: the culture of a circuit is fixed when it starts.
        Assert.Equal("_top", english.GetAttribute("target"));
    }

    [Fact]
    public void Render_MarksEnglishCurrent_WhenCultureIsEnglish()
    {
        this.AddDashboardServices(_store.Store, "en-GB");

        var cut = Render<LanguageSwitch>();

        Assert.Contains("current", cut.Find("[data-culture='en-GB']").ClassName);
        Assert.DoesNotContain("current", cut.Find("[data-culture='ru-RU']").ClassName);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}
