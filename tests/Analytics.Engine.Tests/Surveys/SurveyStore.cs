using Analytics.Engine.Demo;
using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Surveys;

/// <summary>A fresh store with the client-satisfaction questionnaire published and hand-written responses.</summary>
internal sealed class SurveyStore : IDisposable
{
    public TempStore Db { get; } = new();
    public PublishedForm Form { get; }
    private readonly Random _random = new(1);
    private int _next;

    public SurveyStore()
    {
        var service = new FormService(Db.Store);
        var id = service.CreateFromTemplate("client-satisfaction", "client-satisfaction", "test");
        service.Publish(id, "test");
        Form = service.Forms.Version(id)!;
    }

    /// <summary>One response: the required answers plus any extra (item → number or text).</summary>
    public string Add(string office, DateTime moscow, int nps, int csat, int ces = 5, string resolved = "yes", params (string Item, object Value)[] extra)
    {
        var answers = new Dictionary<string, AnswerValue>
        {
            ["channel"] = AnswerValue.OfChoices("in_person"), ["nps"] = AnswerValue.Of(nps), ["csat"] = AnswerValue.Of(csat),
            ["ces"] = AnswerValue.Of(ces), ["resolved"] = AnswerValue.Of(resolved),
        };
        foreach (var (item, value) in extra)
            answers[item] = value is string s ? (item is "topic" or "respondent_type" ? AnswerValue.OfChoices(s) : AnswerValue.Of(s)) : AnswerValue.Of(Convert.ToDouble(value));
        var id = $"t-{++_next}";
        using var writer = new DemoSubmissionWriter(Db.Store);
        writer.Add(id, Form, office, moscow, answers, auditor: null, _random);
        return id;
    }

    /// <summary>The hand-checked store: six responses in office A in January 2026, one in office B in February.</summary>
    public static SurveyStore HandChecked()
    {
        var s = new SurveyStore();
        var jan = new DateTime(2026, 1, 15, 12, 0, 0);
        (int Nps, int Csat, int? Staff)[] rows = [(10, 5, 5), (9, 4, 4), (8, 3, null), (6, 5, 2), (3, 2, null), (10, 4, 5)];
        foreach (var (nps, csat, staff) in rows)
            s.Add("A", jan, nps, csat, extra: staff is { } x ? [("staff", x)] : []);
        s.Add("B", new DateTime(2026, 2, 10, 12, 0, 0), 0, 1, resolved: "no");
        return s;
    }

    public void Dispose() => Db.Dispose();
}
