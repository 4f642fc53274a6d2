using Analytics.Engine.Actions;
using Analytics.Engine.AuditReview;
using Analytics.Engine.Forms;
using Analytics.Engine.Tests.AuditActs;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.Actions;

// Failed items → actions (#16.5): prefill from the audit, one action per item, verification by a later approved audit.
public class AuditItemActionsTests
{
    private static readonly DateTime Visit = new(2026, 3, 12, 7, 5, 0, DateTimeKind.Utc);     // 12.03.2026 10:05 in Moscow
    private static readonly DateTime ReVisit = new(2026, 4, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero));

    private static AuditItemActions Service(TempStore db, int dueDays = 30, bool requireReview = true) =>
        new(db.Store, new AuditsOptions { ActionDueDays = dueDays, RequireReview = requireReview }, Clock);

    [Fact]
    public void Open_PrefillsOfficeRequirementClausePhotoAndDueFromSetting()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["name_plate"], photos: [ActSeed.Photo(3)], photoItem: "name_plate");

        var result = Service(db, dueDays: 10).Open("A-1", "name_plate", "smirnova", "petrov");

        var a = result.Action;
        Assert.True(result.Opened);
        Assert.Equal((ActionSource.AuditItem, "A-1/name_plate", "O1", "B1", "smirnova"), (a.Source, a.SourceRef, a.OfficeCode, a.BranchCode, a.Owner));
        Assert.Equal(new DateOnly(2026, 3, 22), a.DueOn);                       // visit day + Audits:ActionDueDays (10), not +30
        Assert.Equal(VerificationKind.ReAudit, a.Verification);
        Assert.Equal("Устранить нарушение: На столе сотрудника табличка с должностью и ФИО", a.Title);
        Assert.Contains("Требование: На столе сотрудника табличка с должностью и ФИО", a.Description);
        Assert.Contains("Пункт Стандарта: 002 §7.3.1", a.Description);
        Assert.Contains("Центральный клиентский офис", a.Description);
        Assert.Contains("проверка 12.03.2026 (A-1)", a.Description);
        Assert.Contains("Замечание аудитора: Замечание к пункту name_plate", a.Description);
        using var c = db.Store.Open();
        var sha = c.ExecuteScalar<string>("SELECT sha256 FROM evidence WHERE submission_id = 'A-1' AND item_code = 'name_plate'")!;
        Assert.Contains($"Фото: name_plate-1.jpg (A-1-0, SHA-256 {sha.ToUpperInvariant()})", a.Description);
    }

    [Fact]
    public void Open_ReturnsTheExistingAction_WhenOpenedTwice()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["clean"]);
        var service = Service(db);

        var first = service.Open("A-1", "clean", "smirnova", "petrov");
        var second = service.Open("A-1", "clean", "kuznetsov", "kuznetsov", title: "Другая формулировка");

        Assert.False(second.Opened);
        Assert.Equal(first.Action.Id, second.Action.Id);
        Assert.Equal("smirnova", second.Action.Owner);
        Assert.Single(new CorrectiveActionService(db.Store).List(new ActionFilter(Source: ActionSource.AuditItem)));
    }

    /// <summary>D16: the audits page asks which failed items already have an action, by reference, within the branch shown.</summary>
    [Fact]
    public void Opened_MapsReferenceToAction_WithinTheBranch()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["clean", "name_plate"]);
        var service = Service(db);
        var opened = service.Open("A-1", "clean", "smirnova", "petrov");

        var map = service.Opened("B1");

        Assert.Equal(new Dictionary<string, long> { ["A-1/clean"] = opened.Action.Id }, map);
        Assert.Empty(service.Opened("B-other"));
        Assert.Equal(map, service.Opened(null));
    }

    [Fact]
    public void OpenAll_OpensExactlyTheFailedItems_AndNothingNewTheSecondTime()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["name_plate", "cons_cost", "clean"]);
        var service = Service(db);

        var first = service.OpenAll("A-1", "smirnova", "petrov");
        var again = service.OpenAll("A-1", "smirnova", "petrov");

        Assert.Equal(["clean", "name_plate", "cons_cost"], first.Select(r => r.ItemCode));   // form order
        Assert.All(first, r => Assert.True(r.Opened));
        Assert.All(again, r => Assert.False(r.Opened));
        Assert.Equal(first.Select(r => r.Action.Id), again.Select(r => r.Action.Id));
        Assert.Equal(3, new CorrectiveActionService(db.Store).List(new ActionFilter()).Count);
        Assert.Throws<InvalidOperationException>(() => service.Open("A-1", "polite", "smirnova", "petrov"));   // passed: no action
    }

    [Fact]
    public void ApprovedReAudit_VerifiesPassedItems_AndNotesItemsFailedAgain()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["name_plate", "clean", "cons_cost"]);
        var opened = Service(db).OpenAll("A-1", "smirnova", "petrov").ToDictionary(r => r.ItemCode, r => r.Action.Id);
        var actions = new CorrectiveActionService(db.Store, Clock);
        actions.Move(opened["cons_cost"], ActionStatus.Done, "smirnova", "провели инструктаж");
        ActSeed.Audit(forms, "A-2", ReVisit, failed: ["clean", "cons_cost"], auditor: "petrov");   // name_plate now passes
        var reviews = new AuditReviewService(db.Store, new AuditsOptions(), Clock);

        Assert.Equal(ActionStatus.Open, actions.Get(opened["name_plate"])!.Status);                 // on review: nothing yet
        reviews.Approve("A-2", "kuznetsova");

        var plate = actions.Get(opened["name_plate"])!;
        Assert.Equal((ActionStatus.Verified, VerificationKind.ReAudit, "A-2"), (plate.Status, plate.Verification, plate.VerificationRef));
        Assert.Contains(actions.History(plate.Id), e => e.To == ActionStatus.Verified && e.Note!.Contains("A-2") && e.Actor == "kuznetsova");
        var clean = actions.Get(opened["clean"])!;
        Assert.Equal(ActionStatus.Open, clean.Status);
        Assert.Contains(actions.History(clean.Id), e => e.To == ActionStatus.Open && e.Note!.Contains("A-2") && e.Note.Contains("снова не выполнен"));
        Assert.Equal(ActionStatus.Reopened, actions.Get(opened["cons_cost"])!.Status);               // reported done, the re-audit says otherwise
    }

    [Fact]
    public void ApprovedAuditOfAnotherOffice_VerifiesNothing()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["name_plate"]);
        var id = Service(db).Open("A-1", "name_plate", "smirnova", "petrov").Action.Id;
        ActSeed.Audit(forms, "K-1", ReVisit, office: "O2", lat: null, lon: null);                    // Котлас passes everything

        new AuditReviewService(db.Store, new AuditsOptions(), Clock).Approve("K-1", "kuznetsova");

        var actions = new CorrectiveActionService(db.Store, Clock);
        Assert.Equal(ActionStatus.Open, actions.Get(id)!.Status);
        Assert.Single(actions.History(id));
    }

    [Fact]
    public void StoredReAudit_VerifiesWithoutApproval_WhenReviewIsOff()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["dress"]);
        var off = new AuditsOptions { RequireReview = false };
        var id = Service(db, requireReview: false).Open("A-1", "dress", "smirnova", "petrov").Action.Id;

        ActSeed.Audit(new FormService(db.Store, off, Clock), "A-2", ReVisit, auditor: "petrov");

        var action = new CorrectiveActionService(db.Store, Clock).Get(id)!;
        Assert.Equal((ActionStatus.Verified, "A-2"), (action.Status, action.VerificationRef));
    }

    [Fact]
    public void StoredReAudit_VerifiesNothing_WhileReviewIsRequired()
    {
        using var db = new TempStore();
        var forms = ActSeed.Org(db.Store);
        ActSeed.Audit(forms, "A-1", Visit, failed: ["dress"]);
        var id = Service(db).Open("A-1", "dress", "smirnova", "petrov").Action.Id;

        ActSeed.Audit(new FormService(db.Store, new AuditsOptions(), Clock), "A-2", ReVisit, auditor: "petrov");

        Assert.Equal(ActionStatus.Open, new CorrectiveActionService(db.Store, Clock).Get(id)!.Status);
    }
}
