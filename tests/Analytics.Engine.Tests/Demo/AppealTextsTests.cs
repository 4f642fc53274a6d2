using System.Text;
using Analytics.Engine.Demo;

namespace Analytics.Engine.Tests.Demo;

public class AppealTextsTests
{
    private static readonly string[] Kinds = ["complaint", "suggestion", "review", "information_request", "service_request"];
    private static readonly string[] Topics =
        ["outages_quality", "billing_payments", "metering_readings", "tech_connection", "contracts", "staff_service", "information", "other"];

    [Fact]
    public void Compose_FillsEveryPlaceholder_ForEveryKindAndTopic()
    {
        var rng = new DemoRandom(3, "texts");
        var sb = new StringBuilder();
        var texts = new HashSet<string>();
        foreach (var kind in Kinds)
        foreach (var topic in Topics)
        for (var i = 0; i < 200; i++)
        {
            var facts = new AppealTextFacts("г. Ухта, ул. Мира, д. 5, кв. 12", "4720001234", i % 2 == 0 ? "ООО «Уют»" : null,
                new DateOnly(2025, 2, 10), i % 5 == 0 ? "KOMI-2025-0000042" : null, "Петрова А. С.");
            var text = AppealTexts.Compose(rng, sb, kind, topic, i % 2 == 0, facts);
            Assert.DoesNotContain("{", text);
            Assert.DoesNotContain("}", text);
            Assert.True(text.Length >= 20, text);
            texts.Add(text);
        }
        Assert.True(texts.Count > 6000, $"only {texts.Count} distinct texts of 8000");
    }

    [Fact]
    public void Compose_MentionsPreviousAppeal_WhenComplaintFollowsUp()
    {
        var text = AppealTexts.Compose(new DemoRandom(1, "t"), new StringBuilder(), "complaint", "billing_payments", false,
            new AppealTextFacts("г. Луга, ул. Садовая, д. 1", "4700000001", null, new DateOnly(2024, 1, 20), "SPB-2024-0000007", "Орлов И. П."));
        Assert.Contains("SPB-2024-0000007", text);
    }
}
