using Bunit;
using Dashboard.Components.Pages.Surveys;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Surveys;

/// <summary>The emerging topics page in Russian: the injected spike listed with its shares, the stable topic not, an empty month suppressed.</summary>
public class SurveyTopicsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public SurveyTopicsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Topics_ListTheSpikeWeekOverWeek_AndSuppressTheEmptyMonth()
    {
        CommentSeed.Spike(_store.Store);
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/surveys/topics?asof=2026-03-18");

        var cut = Render<SurveyTopicsPage>();

        Assert.Equal("Новые темы в комментариях", cut.Find(".mud-typography-h4").TextContent);
        var week = cut.Find("[data-window=week]");
        Assert.Contains("Сейчас: 09.03.2026 — 15.03.2026, 40 комм.; ранее: 02.03.2026 — 08.03.2026, 40 комм.", week.TextContent);
        var rows = week.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var outage = Assert.Single(rows, r => r.Contains("Отключения и качество электроэнергии"));
        Assert.Contains("Тематика", outage);
        Assert.Contains("35,0\u00A0% (14 / 40)", outage);
        Assert.Contains("«Свет отключали без предупреждения»", outage);
        Assert.DoesNotContain(rows, r => r.Contains("Начисления и оплата"));
        Assert.Contains("недостаточно ответов", cut.Find("[data-window=month]").TextContent);
    }
}
