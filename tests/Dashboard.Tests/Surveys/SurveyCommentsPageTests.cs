using Bunit;
using Dashboard.Components.Pages.Surveys;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Surveys;

/// <summary>The comment feed page in Russian: scores, topic and sentiment beside each comment, masking, scope, paging, bad input.</summary>
public class SurveyCommentsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public SurveyCommentsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<SurveyCommentsPage> Open(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<SurveyCommentsPage>();
    }

    [Fact]
    public void Feed_ShowsScoresTopicAndSentimentInRussian_AndMasksThePhone()
    {
        CommentSeed.Three(_store.Store);
        this.SignInAs("exec", Roles.Executive);

        var cut = Open("/surveys/comments?year=2026");

        Assert.Equal("Комментарии клиентов", cut.Find(".mud-typography-h4").TextContent);
        var rows = cut.FindAll("[data-table=comments] tbody tr");
        Assert.Equal(3, rows.Count);
        var detractor = rows[2].TextContent;
        Assert.Contains("Начисления и оплата", detractor);
        Assert.Contains("Негативный", detractor);
        Assert.Contains("02.03.2026 12:00", detractor);  // 09:00 UTC shown in Moscow time
        Assert.DoesNotContain("222-33-44", cut.Markup);
        Assert.Contains("Позитивный", rows[1].TextContent);
        Assert.NotNull(cut.Find("[data-test=feed-masked]"));
        Assert.Contains("/records/answers?", rows[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("submission=c1", rows[2].QuerySelector("a")!.GetAttribute("href"));
        // Three labelled comments are below the floor of five: the counts are words, not numbers.
        Assert.Contains("недостаточно ответов", cut.Find("[data-sentiment=negative]").TextContent);
    }

    [Fact]
    public void Feed_SaysHowFarTheSentimentModelCanBeTrusted()
    {
        CommentSeed.Three(_store.Store);
        this.SignInAs("exec", Roles.Executive);

        var before = Open("/surveys/comments?year=2026").Find("[data-test=sentiment-model]").TextContent;
        new Analytics.Engine.Surveys.CommentModels(_store.Store).RetrainSentiment("weekly");
        var after = Open("/surveys/comments?year=2026").Find("[data-test=sentiment-model]").TextContent;

        Assert.Contains("ещё не обучалась", before);
        // Three labelled comments cannot be cross-validated: the page says so and where sentiment comes from instead.
        Assert.Contains("не обучена", after);
        Assert.Contains("размеченных комментариев: 3", after);
    }

    [Fact]
    public void Feed_ShowsThePhoneToADesigner()
    {
        CommentSeed.Three(_store.Store);
        this.SignInAs("designer", Roles.Designer);

        var cut = Open("/surveys/comments?year=2026");

        Assert.Contains(CommentSeed.Phone, cut.Markup);
        Assert.Empty(cut.FindAll("[data-test=feed-masked]"));
    }

    [Fact]
    public void Feed_KeepsABranchManagerInTheBranch_WhateverTheAddressSays()
    {
        CommentSeed.Three(_store.Store);
        this.SignInAsBranchManager("bm", "B01");
        var cut = Open("/surveys/comments?year=2026&branch=B02");
        Assert.Equal(2, cut.FindAll("[data-table=comments] tbody tr").Count);
        Assert.DoesNotContain("душно", cut.Markup);
    }

    [Fact]
    public void Feed_FiltersFromTheAddress_PagesAndRefusesAnUnknownSentiment()
    {
        CommentSeed.Three(_store.Store, extra: 27);
        this.SignInAs("exec", Roles.Executive);

        var negative = Open("/surveys/comments?year=2026&sentiment=negative");
        Assert.Single(negative.FindAll("[data-table=comments] tbody tr"));
        Assert.Contains("Позитивный: 28", negative.Find("[data-sentiment=positive]").TextContent); // counts over every comment, above the floor

        var second = Open("/surveys/comments?year=2026&page=2");
        Assert.Equal(5, second.FindAll("[data-table=comments] tbody tr").Count);   // 30 comments, 25 a page
        Assert.NotNull(second.Find("[data-test=feed-pager]"));
        Assert.Contains("Найдено комментариев: 30", second.Find("[data-test=feed-found]").TextContent);

        var bad = Open("/surveys/comments?year=2026&sentiment=angry");
        Assert.Contains("Тональность «angry» не распознана", bad.Find("[data-test=feed-error]").TextContent);
    }

    [Fact]
    public void Feed_LetsAQualitySpecialistCorrectTheSentiment_AndTheCorrectionWins()
    {
        CommentSeed.Three(_store.Store);
        this.SignInAs("quality", Roles.Designer);
        var cut = Open("/surveys/comments?year=2026");

        // c2 is a promoter (positive by its score); the reviewer says neutral.
        cut.Find("[data-comment='c2/comment'] [data-label=neutral]").Click();

        var row = cut.Find("[data-comment='c2/comment']");
        Assert.Contains("mud-button-filled", row.QuerySelector("[data-label=neutral]")!.ClassName);
        Assert.DoesNotContain("mud-button-filled", row.QuerySelector("[data-label=positive]")!.ClassName);
        Assert.Equal("neutral", new Analytics.Engine.Surveys.Comments(_store.Store).Load(new("client-satisfaction")).Single(c => c.SubmissionId == "c2").Sentiment);
    }

    [Fact]
    public void Feed_OffersNoCorrection_ToAnExecutive()
    {
        CommentSeed.Three(_store.Store);
        this.SignInAs("exec", Roles.Executive);

        Assert.Empty(Open("/surveys/comments?year=2026").FindAll("[data-label]"));
    }
}
