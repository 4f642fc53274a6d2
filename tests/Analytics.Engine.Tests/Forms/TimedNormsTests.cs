using Analytics.Engine.Forms;
using Analytics.Engine.Methodology;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Forms;

/// <summary>
/// Stopwatch norms (<c>timedBy.norm</c>) are judged against the methodology, not a number in the template: the same
/// measured answer gets another verdict under a copied methodology with another norm, on the server and in the
/// definition the tablet runner gets.
/// </summary>
public class TimedNormsTests
{
    private static FormDefinition PhoneForm() => TestForms.Build(
        TestForms.Item("wait_seconds", QuestionType.Duration),
        TestForms.YesNo("wait_norm", required: true) with { TimedBy = new(["wait_seconds"], Norm: "callAnswerSeconds") });

    private static string StoredVerdict(TempStore db, FormService service, string formId, string submissionId)
    {
        service.Submit(new SubmissionRequest
        {
            Id = submissionId, Form = formId, Source = SubmissionSource.Checklist, Auditor = "auditor1", OfficeCode = "OF-1",
            Answers = new Dictionary<string, AnswerValue> { ["wait_seconds"] = AnswerValue.Of(30) },   // the norm itself left blank
        });
        using var c = db.Store.Open();
        return c.ExecuteScalar<string>("SELECT value_text FROM answer WHERE submission_id = $id AND item_code = 'wait_norm'", new { id = submissionId })!;
    }

    [Fact]
    public void TheSameTimedAnswer_ChangesVerdict_WithACopiedMethodologysNorm()
    {
        using var db = new TempStore();
        var service = new FormService(db.Store);
        var id = service.Create(PhoneForm());
        Assert.True(service.Publish(id).Published);
        service.AssignOffices("auditor1", ["OF-1"]);

        var at40 = StoredVerdict(db, service, id, "t1");   // 30 s within the Standard's 40 s
        new MethodologyRepository(db.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId,
            m => m with { Norms = m.Norms with { CallAnswerSeconds = 20 } });
        var at20 = StoredVerdict(db, service, id, "t2");

        Assert.Equal(("yes", "no"), (at40, at20));
        // The runner pre-answers with the same number.
        var runner = service.ForRunner(PhoneForm());
        Assert.Equal(20, runner.AllItems().Single(i => i.Code == "wait_norm").TimedBy!.AtMostSeconds);
    }

    [Fact]
    public void AnAuditorsOwnAnswer_IsKept()
    {
        var form = PhoneForm();
        var answers = new Dictionary<string, AnswerValue> { ["wait_seconds"] = AnswerValue.Of(90), ["wait_norm"] = AnswerValue.Of("yes") };

        var judged = TimedNorms.PreAnswer(form, answers, () => throw new InvalidOperationException("no norm needed"));

        Assert.Equal("yes", judged["wait_norm"].Text);
    }

    [Theory]
    [InlineData("queueWaitMinutes", 1200)]
    [InlineData("receptionMinutes", 900)]
    [InlineData("totalMinutes", 2100)]
    [InlineData("callAnswerSeconds", 40)]
    [InlineData("informationMinutes", 300)]
    public void EachNormName_ResolvesToTheStandardsNumber(string norm, double seconds) =>
        Assert.Equal(seconds, TimedNorms.Seconds(new(["x"], Norm: norm), MethodologyRepository.Defaults.Single(d => d.Id == "standard").Norms));

    [Fact]
    public void EveryShippedTimedItem_NamesAMethodologyNorm_NotANumber()
    {
        var timed = FormTemplates.All.SelectMany(t => t.AllItems().Where(i => i.TimedBy is not null).Select(i => (t.Code, i.Code, i.TimedBy!))).ToList();

        Assert.Equal(5, timed.Count);   // office visit: wait, reception, total; phone call: answer, information (001 §2.2.4)
        Assert.All(timed, t => Assert.True(t.Item3.Norm is not null && TimedNorms.Names.ContainsKey(t.Item3.Norm) && t.Item3.AtMostSeconds == 0, $"{t.Item1}/{t.Item2}"));
    }

    [Fact]
    public void AnUnknownNormName_IsRefusedAtPublishing()
    {
        var form = TestForms.Build(TestForms.Item("wait", QuestionType.Duration), TestForms.YesNo("norm") with { TimedBy = new(["wait"], Norm: "queueWait") });

        var issues = FormValidator.Validate(form);

        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("не из методики", StringComparison.Ordinal));
    }
}
