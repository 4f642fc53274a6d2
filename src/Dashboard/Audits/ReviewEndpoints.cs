using Analytics.Engine.AuditReview;
using ReviewItem = Analytics.Engine.AuditReview.ReviewItem;
using Dashboard.Access;
using Dashboard.Hosting;
using Dashboard.Users;

namespace Dashboard.Audits;

/// <summary>
/// Review of checklist audits (#16.2, ADR 0022): <c>GET /api/audits/review</c> lists audits awaiting a decision;
/// <c>POST /api/audits/{id}/review?decision=approve|return|reject&amp;comment=</c> decides (quality specialist or Admin);
/// <c>POST /api/audits/{id}/resubmit?comment=</c> is the auditor's resubmission of a returned audit. POSTs carry the
/// antiforgery header token, as every POST.
/// </summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var reviewers = $"{Roles.Admin},{Roles.Designer}";
        app.MapGet("/api/audits/review", (HttpContext http, AuditReviewService reviews) =>
            {
                var scope = UserScope.Of(http.User);
                return reviews.List(new ReviewFilter(Branch: scope.BranchCode)).Select(View);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Designer)).WithTags("Audits").WithSummary("Audits awaiting review, oldest first.");

        app.MapPost("/api/audits/{id}/review", (HttpContext http, AuditReviewService reviews, string id, string? decision, string? comment) =>
            Decide(() => decision switch
            {
                "approve" => reviews.Approve(id, UserScope.Of(http.User).UserName, comment),
                "return" => reviews.Return(id, UserScope.Of(http.User).UserName, comment ?? ""),
                "reject" => reviews.Reject(id, UserScope.Of(http.User).UserName, comment ?? ""),
                _ => throw new ArgumentException("decision must be approve, return or reject."),
            }))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Designer))
            .DisableAntiforgery().RequireAntiforgeryToken().WithTags("Audits").WithSummary($"Approve, return or reject an audit ({reviewers}).");

        // The runner (a plain page) posts a form with its antiforgery field and goes back to the runner; scripts get JSON.
        app.MapPost("/api/audits/{id}/resubmit", async (HttpContext http, AuditReviewService reviews, string id, string? comment) =>
            {
                var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
                var result = Decide(() => reviews.Resubmit(id, UserScope.Of(http.User).UserName, comment ?? form?["comment"].ToString(),
                    asAdmin: http.User.IsInRole(Roles.Admin)));
                return form is not null && result is IStatusCodeHttpResult { StatusCode: 200 } ? Results.Redirect("/checklist?resubmitted=" + Uri.EscapeDataString(id)) : result;
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor))
            .DisableAntiforgery().RequireAntiforgeryToken().WithTags("Audits").WithSummary("The auditor resubmits a returned audit.");
        return app;
    }

    private static IResult Decide(Func<ReviewItem> move)
    {
        try { return Results.Ok(View(move())); }
        catch (KeyNotFoundException e) { return Results.Problem(e.Message, statusCode: 404); }
        catch (ReviewMoveException e) { return Results.Problem(e.Message, statusCode: 409); }
        catch (ArgumentException e) { return Results.Problem(e.Message, statusCode: 400); }
    }

    private static object View(ReviewItem i) => new
    {
        submissionId = i.SubmissionId, form = i.Form, office = i.OfficeCode, auditor = i.Auditor, submittedAt = i.SubmittedAt,
        state = ReviewRules.ToCode(i.State), reviewer = i.Reviewer, decidedAt = i.DecidedAt, comment = i.Comment, resubmitBy = i.ResubmitBy,
    };
}
