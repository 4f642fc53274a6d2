using Analytics.Engine.Forms;
using Analytics.Engine.Store;

namespace Dashboard.Tests.Surveys;

/// <summary>
/// Comments on the client-satisfaction questionnaire (offices of <see cref="InsightSeed.Publish"/>): a detractor in
/// O01 who left a phone number, a promoter in O01, a passive in O21 — or <c>extra</c> more promoters in O01 for paging.
/// </summary>
internal static class CommentSeed
{
    public const string Phone = "+7 911 222-33-44";

    public static void Three(AnalyticsStore store, int extra = 0)
    {
        var service = InsightSeed.Publish(store);
        Submit(service, "c1", "O01", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), 2, 1, $"Начислили лишнее, перезвоните {Phone}", "billing");
        Submit(service, "c2", "O01", new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), 10, 5, "Спасибо, всё быстро.", null);
        Submit(service, "c3", "O21", new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), 7, 4, "Нормально, но душно.", "contract");
        for (var i = 0; i < extra; i++)
            Submit(service, $"e{i}", "O01", new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc).AddHours(i), 9, 5, $"Вежливо и быстро, визит {i + 1}", "other");
    }

    /// <summary>
    /// Two weeks of 40 comments in O01: billing steady at 10, outages injected from 2 (week of 02.03.2026) to 14 (week
    /// of 09.03.2026). Asked on 18.03.2026, week over week finds the outage spike and not billing.
    /// </summary>
    public static void Spike(AnalyticsStore store)
    {
        var service = InsightSeed.Publish(store);
        var requests = new List<SubmissionRequest>();
        foreach (var (monday, outages) in new[] { (new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), 2), (new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc), 14) })
            for (var i = 0; i < 40; i++)
            {
                var (topic, text) = i < 10 ? ("billing", "Непонятная сумма в квитанции")
                    : i < 10 + outages ? ("outage", "Свет отключали без предупреждения")
                    : ("other", "Спасибо за обслуживание");
                requests.Add(Request($"s{monday:MMdd}-{i}", "O01", monday.AddDays(i % 7), 7, 4, text, topic));
            }
        Task.WhenAll(requests.Select(service.SubmitAsync)).GetAwaiter().GetResult();
    }

    private static void Submit(FormService service, string id, string office, DateTime at, int nps, int csat, string comment, string? topic) =>
        service.Submit(Request(id, office, at, nps, csat, comment, topic));

    private static SubmissionRequest Request(string id, string office, DateTime at, int nps, int csat, string comment, string? topic)
    {
        var answers = new Dictionary<string, AnswerValue>
        {
            ["channel"] = AnswerValue.OfChoices("in_person"), ["nps"] = AnswerValue.Of(nps), ["csat"] = AnswerValue.Of(csat),
            ["ces"] = AnswerValue.Of(4), ["resolved"] = AnswerValue.Of("yes"), ["comment"] = AnswerValue.Of(comment),
        };
        if (topic is not null) answers["topic"] = AnswerValue.OfChoices(topic);
        return new SubmissionRequest { Id = id, Form = InsightSeed.Form, OfficeCode = office, SubmittedAt = at, Answers = answers };
    }
}
