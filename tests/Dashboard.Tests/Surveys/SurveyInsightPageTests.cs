using Bunit;
using Dashboard.Components.Pages.Surveys;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Surveys;

/// <summary>The per-question results and drivers pages on a hand-checked store: figures, suppression, branch scope.</summary>
public class SurveyInsightPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public SurveyInsightPageTests()
    {
        this.AddDashboardServices(_store.Store);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<T> Open<T>(string address) where T : IComponent
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<T>();
    }

    [Fact]
    public void Results_show_the_hand_counted_nps_and_hide_the_small_office()
    {
        InsightSeed.HandChecked(_store.Store);
        this.SignInAs("exec", Roles.Executive);

        var cut = Open<SurveyResultsPage>("/surveys/results?year=2026&form=client-satisfaction");

        // 3 promoters and 3 detractors of 7 → 0,0; the question table counts six 5-or-4… ratings by value.
        Assert.Equal("0,0", cut.Find("[data-card=nps] [data-test=value]").TextContent);
        var offices = cut.Find("[data-table=offices]").TextContent;
        Assert.Contains("Офис 21", offices);
        Assert.Contains("недостаточно ответов", offices);   // one response in O21
        Assert.Contains("Насколько вы довольны обслуживанием в целом?", cut.Find("[data-table=questions]").TextContent);
    }

    [Fact]
    public void Results_show_abandoned_partials_apart_and_count_them_in_completions_base()
    {
        InsightSeed.HandChecked(_store.Store);
        using (var c = _store.Store.Open())
            Dapper.SqlMapper.Execute(c, """
                INSERT INTO survey_partial (id, definition_id, version, office_code, answers_json, answered, last_item, started_at, updated_at)
                SELECT 'p-abandoned-1', id, 1, NULL, '{}', 1, NULL, TIMESTAMP '2026-03-10 10:00:00', TIMESTAMP '2026-03-10 10:02:00'
                FROM form_definition WHERE code = 'client-satisfaction'
                """);
        this.SignInAs("exec", Roles.Executive);

        var cut = Open<SurveyResultsPage>("/surveys/results?year=2026&form=client-satisfaction");

        // One client started and left (ADR 0032): shown on its own, and completion's n is every start, 7 sent + 1.
        Assert.Equal("1", cut.Find("[data-card=abandoned] [data-test=value]").TextContent);
        var responses = int.Parse(cut.Find("[data-card=responses] [data-test=value]").TextContent);
        Assert.Contains($"(n = {responses + 1})", cut.Find("[data-card=completion]").TextContent);
    }

    [Fact]
    public void Results_below_the_floor_are_never_numbers_on_the_page()
    {
        InsightSeed.HandChecked(_store.Store);
        this.SignInAs("exec", Roles.Executive);

        var cut = Open<SurveyResultsPage>("/surveys/results?from=2026-02-01&to=2026-02-28&form=client-satisfaction");

        Assert.Equal("недостаточно ответов", cut.Find("[data-card=nps] [data-test=value]").TextContent);
        var table = cut.Find("[data-table=questions]").TextContent;
        Assert.Contains("недостаточно ответов", table);
        Assert.DoesNotContain("100,0", table);
    }

    [Fact]
    public void Branch_manager_sees_only_own_offices()
    {
        InsightSeed.HandChecked(_store.Store);
        this.SignInAsBranchManager("bm", "B01");

        var cut = Open<SurveyResultsPage>("/surveys/results?year=2026");

        Assert.Equal("6", cut.Find("[data-card=responses] [data-test=value]").TextContent);
        Assert.DoesNotContain("Офис 21", cut.Find("[data-table=offices]").TextContent);
    }

    [Fact]
    public void Drivers_page_ranks_staff_first_and_says_when_too_few()
    {
        InsightSeed.Many(_store.Store);
        this.SignInAs("exec", Roles.Executive);

        var cut = Open<SurveyDriversPage>("/surveys/drivers?year=2026");
        var rows = cut.FindAll("[data-table=drivers] tbody tr");
        Assert.StartsWith("Оцените вежливость", rows[0].TextContent);

        var empty = Open<SurveyDriversPage>("/surveys/drivers?year=2025");
        Assert.NotNull(empty.Find("[data-test=drivers-insufficient]"));
    }
}
