using Analytics.Engine.Access;
using Analytics.Engine.Actions;
using Analytics.Engine.AuditActs;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Forms;
using Analytics.Engine.Queries;
using Analytics.Engine.Queries.Audits;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.AuditActs;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Actions;

// One rule for a failed item (#15, #16.5, ADR 0030): the Audits page's failed-items list, the failed items an action
// opens for (AuditItemActions.Failed), the act and the annual report's «Наиболее частые несоответствия» name the same
// items for the same audits. The audits hold what told the surfaces apart: a wait of 0 seconds (a 0 that is no "no"),
// and an audit from a file with "no" as text and a "no" as the digit 0.
public class FailedItemRuleTests
{
    private static readonly DateTime March = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void CardActionsActAndAnnualReport_NameTheSameFailedItems()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        // Served at once: both durations 0 — no requirement broken, nothing an action could fix.
        ActSeed.Audit(forms, "A-1", March, failed: ["dress", "clean"],
            extra: new Dictionary<string, AnswerValue> { ["wait_seconds"] = AnswerValue.Of(0), ["service_seconds"] = AnswerValue.Of(0) });
        var file = Path.Combine(db.Directory_, "audits.csv");
        File.WriteAllText(file, """
            id,definition_id,version,office_code,source,auditor,started_at,submitted_at,dress,clean,polite,name_plate,wait_seconds
            IMP-1,office-visit,1,O2,checklist,petrov,2026-03-20 08:00:00,2026-03-20 08:40:00,no,0,yes,1,0

            """);
        Assert.Equal(1, new ImportService(db.Store).Import(ImportKind.Responses, file, cancellationToken: TestContext.Current.CancellationToken).Stored);
        var review = new AuditReviewService(db.Store, new AuditsOptions(), Clock);
        review.Approve("A-1", "kuznetsova");
        review.Approve("IMP-1", "kuznetsova");

        var card = new AuditsQuery(db.Store, Clock).Load(new QueryFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), BranchScope.Company).Failed;
        var actions = new AuditItemActions(db.Store);
        var acts = new AuditActService(db.Store);
        foreach (var id in new[] { "A-1", "IMP-1" })
        {
            string[] expected = ["clean", "dress"];
            Assert.Equal(expected, card.Where(f => f.SubmissionId == id).Select(f => f.ItemCode).Order(StringComparer.Ordinal));
            Assert.Equal(expected, actions.Failed(id).Select(f => f.ItemCode).Order(StringComparer.Ordinal));
            Assert.Equal(expected, acts.Load(id)!.Failed.Select(f => f.Code).Order(StringComparer.Ordinal));
        }

        // The annual report counts the same failures of the approved audits; the items that passed count as checked.
        var facts = ReportFacts.Gather(db.Store, null, 2026, new ReportOptions());
        Assert.Equal(card.Count, facts.FailedItems.Sum(i => i.Failed));
        Assert.Equal(["clean 2/2", "dress 2/2"], facts.FailedItems.Select(i => $"{i.Item} {i.Failed}/{i.Checked}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheRule_JudgesByTheItem_NotByTheStoredNumber()
    {
        var yesNo = new FormItem { Code = "dress", Type = QuestionType.YesNoNa, Scored = true, Text = new("Форма одежды") };
        var duration = new FormItem { Code = "wait_seconds", Type = QuestionType.Duration, Text = new("Время ожидания") };
        Assert.True(AuditRules.Failed(yesNo, new ActAnswer("dress", 0, "no", false, null)));     // the runner's "no"
        Assert.True(AuditRules.Failed(yesNo, new ActAnswer("dress", null, "no", false, null)));  // a file's "no"
        Assert.True(AuditRules.Failed(yesNo, new ActAnswer("dress", 0, null, false, null)));     // a file's 0
        Assert.True(AuditRules.Passed(yesNo, new ActAnswer("dress", 1, null, false, null)));
        Assert.False(AuditRules.Failed(yesNo, new ActAnswer("dress", 0, "no", true, null)));     // N/A
        Assert.False(AuditRules.Failed(duration, new ActAnswer("wait_seconds", 0, null, false, null)));
        Assert.False(AuditRules.Passed(duration, new ActAnswer("wait_seconds", 0, null, false, null)));
    }
}
