using Bunit;
using Dapper;
using Dashboard.Components.Pages.Surveys;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class SurveysPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public SurveysPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('q1', 'questionnaire', 'visit', 'Анкета', '{}');
            INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                ('r1', 'q1', 1, 'O01', 'online', TIMESTAMP '2025-05-01 10:00'),
                ('r2', 'q1', 1, 'O01', 'online', TIMESTAMP '2025-05-02 10:00'),
                ('r3', 'q1', 1, 'O21', 'online', TIMESTAMP '2025-05-03 10:00');
            INSERT INTO answer (submission_id, item_code, value_num) VALUES
                ('r1', 'nps', 10), ('r2', 'nps', 9), ('r3', 'nps', 2), ('r1', 'csat', 5), ('r3', 'csat', 2);
            """);
    }

    /// <summary>The figure tests read three responses: the survey minimum n is set to 1 for them.</summary>
    private void MinimumN(int n) =>
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new Analytics.Engine.Surveys.SurveyOptions { MinimumN = n }));

    private IRenderedComponent<SurveysPage> RenderPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/surveys?year=2025");
        return Render<SurveysPage>();
    }

    [Fact]
    public void Page_ShowsCompanyScoresAndOffices()
    {
        MinimumN(1);
        this.SignInAs("exec", Roles.Executive);

        var cut = RenderPage();

        // NPS: 2 promoters, 1 detractor of 3 → 33,3 (Russian decimal comma)
        Assert.Equal("33,3", cut.Find("[data-card=nps] [data-test=value]").TextContent);
        Assert.Contains("Офис 21", cut.Find("[data-table=by-office]").TextContent);
    }

    [Fact]
    public void Page_ShowsBranchManagerOnlyOwnOffices()
    {
        MinimumN(1);
        this.SignInAsBranchManager("bm", "B01");

        var cut = RenderPage();

        Assert.Equal("100,0", cut.Find("[data-card=nps] [data-test=value]").TextContent);
        Assert.DoesNotContain("Офис 21", cut.Find("[data-table=by-office]").TextContent);
    }

    [Fact]
    public void Page_SaysWhatToDo_WhenNoResponses()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/surveys?year=2001");

        var cut = Render<SurveysPage>();

        Assert.NotNull(cut.Find("[data-test=surveys-empty]"));
    }

    /// <summary>
    /// #17.5: below the survey minimum n (default 5) no score is shown — the card and every office row read
    /// «недостаточно ответов», and so does the CSV the table writes; never "33,3" from three answers.
    /// </summary>
    [Fact]
    public void Scores_BelowTheMinimumN_ReadNotEnoughResponses_OnCardsTableAndFile()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = RenderPage();

        Assert.Equal("недостаточно ответов", cut.Find("[data-card=nps] [data-test=value]").TextContent);
        var table = cut.Find("[data-table=by-office]").TextContent;
        Assert.Contains("недостаточно ответов", table);
        Assert.DoesNotContain("100,0", table);
        var query = Services.GetRequiredService<Analytics.Engine.Queries.Surveys.SurveysQuery>();
        var data = query.Load(new Analytics.Engine.Queries.QueryFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
            Analytics.Engine.Access.BranchScope.Company);
        var (content, _, _) = Analytics.Engine.Queries.Surveys.SurveysQuery.Table(data, k => k).Write("csv");
        var csv = System.Text.Encoding.UTF8.GetString(content);
        Assert.Contains("недостаточно ответов", csv);
        Assert.DoesNotContain("33.3", csv);
    }
}
