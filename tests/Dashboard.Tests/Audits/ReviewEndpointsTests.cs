using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Analytics.Engine.AuditReview;
using Dapper;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Audits;

/// <summary>#16.2 on the real host: the review queue, decisions (antiforgery token), the auditor's resubmission, roles.</summary>
public class ReviewEndpointsTests
{
    private static void SeedAudit(DashboardFactory factory, string id, string auditor)
    {
        using var c = factory.Store.Open();
        c.Execute($"""
            INSERT INTO submission (id, definition_id, version, office_code, source, auditor, submitted_at)
            VALUES ('{id}', 'chk', 1, 'O1', 'checklist', '{auditor}', TIMESTAMP '2025-05-05 10:00')
            """);
    }

    [Fact]
    public async Task Return_Resubmit_Approve_ThroughTheApi_AndOnlyReviewersDecide()
    {
        await using var factory = new DashboardFactory();
        var ct = TestContext.Current.CancellationToken;
        factory.AddUser("ivanov", "auditor-password-1", new UserRole(Roles.Auditor, null));
        SeedAudit(factory, "a1", "ivanov");
        using var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword);
        using var auditor = await SignInClient.SignedIn(factory, "ivanov", "auditor-password-1");

        var queue = await admin.GetFromJsonAsync<JsonElement>("/api/audits/review", ct);
        Assert.Equal("a1", queue[0].GetProperty("submissionId").GetString());
        Assert.Equal("submitted", queue[0].GetProperty("state").GetString());

        // An auditor cannot decide; a return without a comment is refused; with one it is recorded.
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync("/api/audits/a1/review?decision=approve", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/audits/a1/review?decision=return", null, ct)).StatusCode);
        var returned = await admin.PostAsync("/api/audits/a1/review?decision=return&comment=" + Uri.EscapeDataString("Нет фото"), null, ct);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/audits/a1/review?decision=approve", null, ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await auditor.PostAsync("/api/audits/a1/resubmit?comment=" + Uri.EscapeDataString("Фото добавлено"), null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/audits/a1/review?decision=approve", null, ct)).StatusCode);

        var reviews = factory.Service<AuditReviewService>();
        Assert.Equal(ReviewState.Approved, reviews.Get("a1")!.State);
        Assert.Equal([ReviewState.Returned, ReviewState.Resubmitted, ReviewState.Approved], reviews.History("a1").Select(h => h.State));
        using var c = factory.Store.Open();
        Assert.Equal(3L, c.ExecuteScalar<long>("SELECT count(*) FROM audit_entry WHERE entity_kind = 'audit_review' AND entity_id = 'a1'"));
    }

    [Fact]
    public async Task Decision_WithoutAntiforgeryToken_IsRefused()
    {
        await using var factory = new DashboardFactory();
        SeedAudit(factory, "a1", "ivanov");
        using var admin = await SignInClient.SignedIn(factory, "admin", DashboardFactory.AdminPassword, withToken: false);

        var response = await admin.PostAsync("/api/audits/a1/review?decision=approve", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ReviewState.Submitted, factory.Service<AuditReviewService>().Get("a1")!.State);
    }
}
