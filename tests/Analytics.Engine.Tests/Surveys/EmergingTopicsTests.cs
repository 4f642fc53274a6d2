using Analytics.Engine.Surveys;

namespace Analytics.Engine.Tests.Surveys;

public sealed class EmergingTopicsTests
{
    private static readonly DateTime Week = new(2026, 3, 9);

    /// <summary>Two weeks of comments: billing steady at about 30 %, outages 5 % before and (spike) 30 % now.</summary>
    private static List<TermSource> Comments(bool spike)
    {
        var r = new Random(11);
        var list = new List<TermSource>();
        foreach (var start in new[] { Week.AddDays(-7), Week })
            for (var i = 0; i < 200; i++)
            {
                var at = start.AddHours(r.Next(7 * 24));
                var u = r.NextDouble();
                var outage = start == Week && spike ? 0.30 : 0.05;
                var (topic, text) = u < outage ? ("outages_quality", "Свет отключали без предупреждения")
                    : u < outage + 0.30 ? ("billing_payments", "Непонятная сумма в квитанции")
                    : ("other", "Спасибо за обслуживание");
                list.Add(new TermSource(at, topic, text));
            }
        return list;
    }

    [Fact]
    public void An_injected_spike_is_found_and_a_stable_topic_is_not()
    {
        var found = EmergingTopics.Find(Comments(spike: true), Week, TimeSpan.FromDays(7));

        Assert.Contains(found, t => t is { Kind: "topic", Term: "outages_quality" });
        Assert.Contains(found, t => t is { Kind: "word", Term: "предупреждения" });
        Assert.DoesNotContain(found, t => t.Term == "billing_payments");
        var outage = found.First(t => t.Term == "outages_quality");
        Assert.True(outage.ShareNow > outage.ShareBefore);
        Assert.NotEmpty(outage.Examples);
    }

    [Fact]
    public void Without_a_spike_nothing_is_listed()
    {
        Assert.Empty(EmergingTopics.Find(Comments(spike: false), Week, TimeSpan.FromDays(7)));
    }
}
