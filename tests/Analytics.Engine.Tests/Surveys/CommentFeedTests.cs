using Analytics.Engine.Access;
using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>The comment feed on three hand-written comments in two branches: scope, masking, paging, counts, bad input.</summary>
public sealed class CommentFeedTests
{
    private static readonly SurveyFilter Form = new("client-satisfaction");

    private static SurveyStore ThreeComments()
    {
        var s = new SurveyStore();
        using (var c = s.Db.Store.Open())
            c.Execute("INSERT INTO org_unit (code, level, parent_code, name) VALUES ('B1', 'branch', NULL, 'Ф1'), ('B2', 'branch', NULL, 'Ф2'), ('A', 'office', 'B1', 'А'), ('C', 'office', 'B2', 'С')");
        var day = new DateTime(2026, 3, 2, 10, 0, 0);
        s.Add("A", day, nps: 2, csat: 1, extra: [("improve", "Начислили лишнее, перезвоните +7 911 222-33-44"), ("topic", "billing")]);
        s.Add("A", day.AddDays(1), nps: 10, csat: 5, extra: [("comment", "Спасибо, всё быстро.")]);
        s.Add("C", day.AddDays(2), nps: 7, csat: 4, extra: [("comment", "Нормально, но душно.")]);
        return s;
    }

    [Fact]
    public void Load_MasksPhonesAndCountsSentiments_WhenReaderMayNotSeePersonalData()
    {
        using var s = ThreeComments();

        var page = new CommentFeed(s.Db.Store).Load(BranchScope.Company, Form, new CommentQuery());

        Assert.Equal(3, page.Total);
        Assert.Equal(["Нормально, но душно.", "Спасибо, всё быстро."], page.Items.Take(2).Select(c => c.Text));
        Assert.DoesNotContain("222-33-44", page.Items[2].Text);
        Assert.StartsWith("Начислили лишнее, перезвоните +***4", page.Items[2].Text);
        Assert.Equal((1, 1, 1), (page.BySentiment["negative"], page.BySentiment["neutral"], page.BySentiment["positive"]));
        Assert.True(page.HidesCounts); // 3 labelled comments < 5
        Assert.Empty(new CommentFeed(s.Db.Store).Load(BranchScope.Company, Form, new CommentQuery(Search: "222")).Items);
        Assert.Single(new CommentFeed(s.Db.Store).Load(BranchScope.Company with { SeesPersonalData = true }, Form, new CommentQuery(Search: "222")).Items);
    }

    [Fact]
    public void Load_KeepsABranchManagerInTheBranch_WhateverTheFilterAsks()
    {
        using var s = ThreeComments();
        var manager = new BranchScope("bm", "B1", false);

        var page = new CommentFeed(s.Db.Store).Load(manager, Form with { Branch = "B2" }, new CommentQuery());

        Assert.Equal(2, page.Total);
        Assert.All(page.Items, c => Assert.Equal("A", c.OfficeCode));
    }

    [Fact]
    public void Load_PagesNewestFirst_AndFiltersBySentimentAndTopic()
    {
        using var s = ThreeComments();
        var feed = new CommentFeed(s.Db.Store, minimumN: 1);

        var second = feed.Load(BranchScope.Company, Form, new CommentQuery(Page: 2, PageSize: 1));
        var beyond = feed.Load(BranchScope.Company, Form, new CommentQuery(Page: 99, PageSize: 2));

        Assert.Equal((3, 3, "Спасибо, всё быстро."), (second.Total, second.Pages, second.Items.Single().Text));
        Assert.Equal((2, 1), (beyond.Page, beyond.Items.Count));
        Assert.False(second.HidesCounts);
        Assert.Equal(10, feed.Load(BranchScope.Company, Form, new CommentQuery(Sentiment: "positive")).Items.Single().Nps);
        Assert.Equal("billing_payments", feed.Load(BranchScope.Company, Form, new CommentQuery(Topic: "billing_payments")).Items.Single().Topic);
    }

    [Fact]
    public void Load_RefusesAnUnknownSentimentOrPageSize_WithAClearError()
    {
        using var s = ThreeComments();
        var feed = new CommentFeed(s.Db.Store);

        Assert.Contains("angry", Assert.Throws<ArgumentException>(() => feed.Load(BranchScope.Company, Form, new CommentQuery(Sentiment: "angry"))).Message);
        Assert.Throws<ArgumentException>(() => feed.Load(BranchScope.Company, Form, new CommentQuery(PageSize: 0)));
        Assert.Throws<ArgumentException>(() => feed.Load(BranchScope.Company, new SurveyFilter("no-such-form"), new CommentQuery()));
    }
}
