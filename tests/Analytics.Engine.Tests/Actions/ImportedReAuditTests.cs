using Analytics.Engine.Actions;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.AuditActs;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Actions;

// An audit that arrives through `analytics import responses` follows the review rule of a synced one (#16.5): with
// review on it verifies the open actions of its office only once approved; with review off the import verifies them.
public class ImportedReAuditTests
{
    private static readonly DateTime Visit = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero));

    /// <summary>An audits file with one re-audit of O1 in which «dress» now passes.</summary>
    private static string AuditsFile(TempStore db)
    {
        var path = Path.Combine(db.Directory_, "audits-april.csv");
        File.WriteAllText(path, """
            id,definition_id,version,office_code,source,auditor,started_at,submitted_at,dress
            IMP-2,office-visit,1,O1,checklist,petrov,2026-04-02 08:00:00,2026-04-02 08:40:00,yes
            """);
        return path;
    }

    private static (long Action, CorrectiveActionService Actions) OpenDressAction(TempStore db, bool requireReview)
    {
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["dress"]);
        var options = new AuditsOptions { RequireReview = requireReview };
        var id = new AuditItemActions(db.Store, options, Clock).Open("A-1", "dress", "smirnova", "petrov").Action.Id;
        return (id, new CorrectiveActionService(db.Store, Clock));
    }

    [Fact]
    public void ImportedReAudit_LeavesTheActionOpen_UntilApproved_WhenReviewIsOn()
    {
        using var db = new TempStore();
        var (id, actions) = OpenDressAction(db, requireReview: true);
        var options = new AuditsOptions();

        var summary = new ImportService(db.Store, audits: options).Import(ImportKind.Responses, AuditsFile(db), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Stored);
        Assert.Equal(ActionStatus.Open, actions.Get(id)!.Status);                   // imported is not approved
        new AuditReviewService(db.Store, options, Clock).Approve("IMP-2", "kuznetsova");
        var action = actions.Get(id)!;
        Assert.Equal((ActionStatus.Verified, VerificationKind.ReAudit, "IMP-2"), (action.Status, action.Verification, action.VerificationRef));
    }

    [Fact]
    public void ImportedReAudit_VerifiesAtOnce_WhenReviewIsOff()
    {
        using var db = new TempStore();
        var (id, actions) = OpenDressAction(db, requireReview: false);

        new ImportService(db.Store, audits: new AuditsOptions { RequireReview = false }).Import(ImportKind.Responses, AuditsFile(db), cancellationToken: TestContext.Current.CancellationToken);

        var action = actions.Get(id)!;
        Assert.Equal((ActionStatus.Verified, "IMP-2"), (action.Status, action.VerificationRef));
        Assert.Contains(actions.History(id), e => e.To == ActionStatus.Verified && e.Note!.Contains("IMP-2"));
    }
}
