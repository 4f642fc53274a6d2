using Analytics.Engine.AuditReview;
using Analytics.Engine.Indicators;
using Analytics.Engine.Store;
using Analytics.Engine.Tests.Support;
using Dapper;

namespace Analytics.Engine.Tests.AuditReview;

// Review before results count (#16.2): only approved checklist audits reach the indicator counts; every move is in the trail.
public class AuditReviewTests
{
    private const string Measure = "forms.checklist:exec.office_visit";
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 5, 10, 9, 0, 0, TimeSpan.Zero));

    private static void SeedAudit(TempStore db, string id, string auditor = "ivanov", double value = 1)
    {
        Seed.Sql(db.Store, $"""
            INSERT INTO form_item_criterion VALUES ('chk', 1, 'q1', 'exec.office_visit', 1) ON CONFLICT DO NOTHING;
            INSERT INTO submission (id, definition_id, version, office_code, source, auditor, submitted_at) VALUES ('{id}', 'chk', 1, 'O1', 'checklist', '{auditor}', '2025-05-05 10:00');
            INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('{id}', 'q1', {value}, false);
            """);
    }

    private static long? N(TempStore db, bool requireReview = true)
    {
        new IndicatorService(db.Store, requireReview).Refresh(asOf: new DateOnly(2025, 6, 30));
        using var c = db.Store.Open();
        return c.ExecuteScalar<long?>("SELECT sum(n)::BIGINT FROM indicator_count WHERE methodology_id = 'standard' AND measure = $m", new { m = Measure });
    }

    [Fact]
    public void ReturnedAudit_DoesNotCount_ApprovedAfterResubmission_Does()
    {
        using var db = new TempStore();
        SeedAudit(db, "a1");
        var reviews = new AuditReviewService(db.Store, new AuditsOptions(), Clock);

        Assert.Null(N(db));                                            // on review: not counted
        Assert.Equal(ReviewState.Returned, reviews.Return("a1", "quality", "Нет фото входной группы").State);
        Assert.Null(N(db));                                            // returned: not counted
        Assert.Equal(ReviewState.Resubmitted, reviews.Resubmit("a1", "ivanov", "Фото добавлено").State);
        Assert.Null(N(db));
        Assert.Equal(ReviewState.Approved, reviews.Approve("a1", "quality").State);
        Assert.Equal(1, N(db));                                        // the refresh sees the approval (fingerprint) and counts it
    }

    [Fact]
    public void ApprovalOfAnAuditWithTwoAnswers_IsSeenByTheAutomaticRefresh()
    {
        // The month's print is a bit_xor over answers: a review state shared by an even number of them once cancelled out.
        using var db = new TempStore();
        SeedAudit(db, "a1");
        Seed.Sql(db.Store, """
            INSERT INTO form_item_criterion VALUES ('chk', 1, 'q2', 'exec.office_visit', 1);
            INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('a1', 'q2', 1, false);
            """);
        var reviews = new AuditReviewService(db.Store, new AuditsOptions(), Clock);

        Assert.Null(N(db));
        reviews.Approve("a1", "quality");
        Assert.Equal(2, N(db));
    }

    [Fact]
    public void RequireReviewOff_CountsEveryAudit()
    {
        using var db = new TempStore();
        SeedAudit(db, "a1");
        Assert.Equal(1, N(db, requireReview: false));
    }

    [Fact]
    public void RejectedAudit_NeverCounts_AndIsFinal()
    {
        using var db = new TempStore();
        SeedAudit(db, "a1");
        var reviews = new AuditReviewService(db.Store, new AuditsOptions(), Clock);
        reviews.Reject("a1", "quality", "Визит не состоялся");
        Assert.Null(N(db));
        Assert.Throws<ReviewMoveException>(() => reviews.Approve("a1", "quality"));
    }

    [Fact]
    public void Return_NeedsComment_Resubmit_OnlyOwnAuditor_WithinWindow()
    {
        using var db = new TempStore();
        SeedAudit(db, "a1");
        var reviews = new AuditReviewService(db.Store, new AuditsOptions { ResubmitDays = 3 }, Clock);
        Assert.Throws<ArgumentException>(() => reviews.Return("a1", "quality", " "));
        var returned = reviews.Return("a1", "quality", "Уточните пункт 3");
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.AddDays(3), returned.ResubmitBy);
        Assert.Throws<ReviewMoveException>(() => reviews.Resubmit("a1", "petrov", null));
        var late = new AuditReviewService(db.Store, new AuditsOptions { ResubmitDays = 3 }, new FixedClock(Clock.GetUtcNow().AddDays(4)));
        Assert.Throws<ReviewMoveException>(() => late.Resubmit("a1", "ivanov", null));
        Assert.Equal(ReviewState.Returned, reviews.Get("a1")!.State);
    }

    [Fact]
    public void EveryMove_IsInTheAuditTrail_AndTheQueueShowsWaitingOnly()
    {
        using var db = new TempStore();
        SeedAudit(db, "a1");
        SeedAudit(db, "a2");
        Seed.Sql(db.Store, "INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('q1', 'survey', 1, 'O1', 'online', '2025-05-05 10:00')");
        var reviews = new AuditReviewService(db.Store, new AuditsOptions(), Clock);
        Assert.Equal(["a1", "a2"], reviews.List(new ReviewFilter()).Select(i => i.SubmissionId));   // a questionnaire is never an audit
        reviews.Return("a1", "quality", "Фото");
        reviews.Resubmit("a1", "ivanov", null);
        reviews.Approve("a1", "quality");
        reviews.Approve("a2", "quality");
        Assert.Empty(reviews.List(new ReviewFilter()));
        Assert.Equal([1, 2, 3], reviews.History("a1").Select(h => h.Seq));
        using var c = db.Store.Open();
        Assert.Equal(["return", "resubmit", "approve", "approve"],
            c.Query<string>("SELECT action FROM audit_entry WHERE entity_kind = 'audit_review' ORDER BY seq"));
        Assert.True(new Analytics.Engine.Audit.AuditTrail(db.Store).Verify().Intact);
    }

    [Fact]
    public void Migration023_ApprovesAuditsReceivedBeforeIt_NotQuestionnaires()
    {
        using var db = TempStore.Before(23);
        using (var c = db.Store.Open())
        {
            c.Execute("""
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                  ('old', 'chk', 1, 'O1', 'checklist', '2024-05-05 10:00'), ('q', 'survey', 1, 'O1', 'online', '2024-05-05 10:00')
                """);
        }
        new StoreMigrator(db.Store).Migrate();
        var reviews = new AuditReviewService(db.Store);
        Assert.Equal(ReviewState.Approved, reviews.Get("old")!.State);
        Assert.Null(reviews.Get("q"));
    }
}
