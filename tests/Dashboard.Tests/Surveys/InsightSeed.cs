using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Dapper;

namespace Dashboard.Tests.Surveys;

/// <summary>
/// The client-satisfaction questionnaire published in a test store and answered: a hand-checked set (six responses in
/// office O01 in January 2026, one in O21 in February) or a larger deterministic set whose satisfaction follows staff.
/// </summary>
internal static class InsightSeed
{
    public const string Form = "client-satisfaction";

    public static FormService Publish(AnalyticsStore store)
    {
        using (var c = store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                    ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                    ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
                """);
        var service = new FormService(store);
        service.Publish(service.CreateFromTemplate(Form, Form, "test"), "test");
        return service;
    }

    public static void HandChecked(AnalyticsStore store)
    {
        var service = Publish(store);
        (int Nps, int Csat)[] jan = [(10, 5), (9, 4), (8, 3), (6, 5), (3, 2), (10, 4)];
        var i = 0;
        foreach (var (nps, csat) in jan) Submit(service, $"h{++i}", "O01", new DateTime(2026, 1, 12, 9, 0, 0, DateTimeKind.Utc), nps, csat, 4, "yes");
        Submit(service, "h7", "O21", new DateTime(2026, 2, 12, 9, 0, 0, DateTimeKind.Utc), 0, 1, 2, "no");
    }

    /// <summary>Responses over 2026 whose satisfaction follows the staff rating most, then whether the question was resolved.</summary>
    public static void Many(AnalyticsStore store, int count = 300)
    {
        var service = Publish(store);
        var r = new Random(7);
        var requests = new List<SubmissionRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var staff = 1 + r.Next(5);
            var info = 1 + r.Next(5);
            var resolved = r.NextDouble() < 0.7;
            var csat = Math.Clamp((int)Math.Round(0.6 * staff + 0.15 * info + (resolved ? 1.2 : 0) + r.NextDouble() - 0.5), 1, 5);
            var nps = Math.Clamp(2 * csat + r.Next(-1, 2), 0, 10);
            requests.Add(Request($"m{i}", i % 3 == 0 ? "O21" : "O01", new DateTime(2026, 1 + i % 11, 1 + i % 27, 9, 0, 0, DateTimeKind.Utc), nps, csat, 1 + r.Next(7),
                resolved ? "yes" : "no", ("staff", staff), ("info", info)));
        }
        // All at once, as a busy day's clients would: the writer commits them in a few group transactions instead of
        // one commit per response (300 sequential commits took minutes on a loaded two-core machine).
        Task.WhenAll(requests.Select(service.SubmitAsync)).GetAwaiter().GetResult();
    }

    private static void Submit(FormService service, string id, string office, DateTime at, int nps, int csat, int ces, string resolved, params (string Item, int Value)[] extra) =>
        service.Submit(Request(id, office, at, nps, csat, ces, resolved, extra));

    private static SubmissionRequest Request(string id, string office, DateTime at, int nps, int csat, int ces, string resolved, params (string Item, int Value)[] extra)
    {
        var answers = new Dictionary<string, AnswerValue>
        {
            ["channel"] = AnswerValue.OfChoices("in_person"), ["nps"] = AnswerValue.Of(nps), ["csat"] = AnswerValue.Of(csat),
            ["ces"] = AnswerValue.Of(ces), ["resolved"] = AnswerValue.Of(resolved),
        };
        foreach (var (item, value) in extra) answers[item] = AnswerValue.Of(value);
        return new SubmissionRequest { Id = id, Form = Form, OfficeCode = office, SubmittedAt = at, Answers = answers };
    }
}
