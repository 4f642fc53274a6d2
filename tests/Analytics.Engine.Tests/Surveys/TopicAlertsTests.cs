using Analytics.Engine.Access;
using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>
/// Emerging topics over a store: two weeks of 40 comments each, billing steady at 10 of 40, outages injected from 2
/// to 14 of 40 in the week of 09.03.2026. The query finds the spike and not the stable topic; the job's write side
/// posts it once per period to quality specialists only.
/// </summary>
public sealed class TopicAlertsTests
{
    private static readonly DateOnly Wednesday = new(2026, 3, 18);

    private static SurveyStore Spike()
    {
        var s = new SurveyStore();
        foreach (var (monday, outages) in new[] { (new DateTime(2026, 3, 2, 12, 0, 0), 2), (new DateTime(2026, 3, 9, 12, 0, 0), 14) })
            for (var i = 0; i < 40; i++)
            {
                var (topic, text) = i < 10 ? ("billing", "Непонятная сумма в квитанции")
                    : i < 10 + outages ? ("outage", "Свет отключали без предупреждения")
                    : ("other", "Спасибо за обслуживание");
                s.Add("A", monday.AddHours(i % 7 * 24), nps: 7, csat: 4, extra: [("comment", text), ("topic", topic)]);
            }
        using var c = s.Db.Store.Open();
        c.Execute("""
            INSERT INTO app_user (user_name, display_name, password_hash, security_stamp) VALUES
                ('quality', 'Специалист', 'x', 's'), ('boss', 'Руководитель', 'x', 's'), ('gone', 'Уволен', 'x', 's');
            INSERT INTO app_user_role (user_name, role) VALUES ('quality', 'Designer'), ('boss', 'Executive'), ('gone', 'Designer');
            UPDATE app_user SET enabled = false WHERE user_name = 'gone';
            """);
        return s;
    }

    [Fact]
    public void Load_FindsTheInjectedSpike_AndNotTheStableTopic()
    {
        using var s = Spike();

        var week = new EmergingTopicsQuery(s.Db.Store).Load(BranchScope.Company, new SurveyFilter("client-satisfaction"), "week", Wednesday);

        Assert.Equal((new DateTime(2026, 3, 9), 40, 40), (week.Windows.NowFrom, week.NowTotal, week.BeforeTotal));
        var outage = Assert.Single(week.Terms, t => t.Kind == "topic");
        Assert.Equal(("outages_quality", 14L, 2L), (outage.Term, outage.Now, outage.Before));
        Assert.True(outage.Q < 0.05);
        Assert.DoesNotContain(week.Terms, t => t.Term == "billing_payments");
        Assert.Equal(["Свет отключали без предупреждения"], outage.Examples); // 14 mentions of one text: one example, not the same three times
    }

    [Fact]
    public void Load_HidesAWindowBelowTheFloor_AndRefusesAnUnknownWindow()
    {
        using var s = Spike();
        var query = new EmergingTopicsQuery(s.Db.Store);

        var month = query.Load(BranchScope.Company, new SurveyFilter("client-satisfaction"), "month", Wednesday); // Feb vs Jan: no comments
        var outOfBranch = query.Load(new BranchScope("bm", "B9", false), new SurveyFilter("client-satisfaction"), "week", Wednesday);

        Assert.True(month.Hidden);
        Assert.Empty(month.Terms);
        Assert.True(outOfBranch.Hidden);
        Assert.Throws<ArgumentException>(() => query.Load(BranchScope.Company, new SurveyFilter("client-satisfaction"), "year", Wednesday));
    }

    [Fact]
    public void Post_NotifiesQualitySpecialistsOncePerTopicAndPeriod()
    {
        using var s = Spike();
        var alerts = new TopicAlerts(s.Db.Store);

        var first = alerts.Post(Wednesday, new DateTime(2026, 3, 18, 5, 0, 0));
        var again = alerts.Post(Wednesday.AddDays(1), new DateTime(2026, 3, 19, 5, 0, 0));

        Assert.Equal((1, 0), (first, again));
        using var c = s.Db.Store.Open();
        var (recipient, subject, due, message) = c.QuerySingle<(string, string, DateTime, string)>(
            "SELECT recipient, subject_ref, due_on, message FROM notification WHERE kind = 'survey_topic'");
        Assert.Equal(("quality", "client-satisfaction/week/outages_quality", new DateTime(2026, 3, 9)), (recipient, subject, due));
        Assert.StartsWith("Растёт тема «Отключения и качество электроэнергии»", message);
        Assert.Contains("35,0\u00A0%", message); // Numbers.Share keeps the number and its sign together
        Assert.Contains("09.03.2026–15.03.2026", message);
    }
}
