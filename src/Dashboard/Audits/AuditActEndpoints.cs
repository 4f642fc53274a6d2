using Analytics.Engine.AuditActs;
using Dashboard.Access;
using Dashboard.Filters;

namespace Dashboard.Audits;

/// <summary>
/// <c>GET /api/audit-acts/{id}</c>: the act of one audit (PDF/A); <c>GET /api/audit-acts?from=&amp;to=&amp;branch=&amp;office=</c>:
/// the acts of the period as one ZIP with a manifest. A branch manager gets only their branch; downloads are logged.
/// </summary>
public static class AuditActEndpoints
{
    public static IEndpointRouteBuilder MapAuditActEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit-acts/{id}", (HttpContext http, AuditActService acts, AccessLog log, string id) =>
        {
            var scope = UserScope.Of(http.User);
            // Another branch's audit answers as an unknown one: its existence is not disclosed.
            if (scope.BranchCode is { } own && acts.BranchOf(id) != own) return Results.Problem($"Audit '{id}' not found.", statusCode: 404);
            var output = new MemoryStream();
            try { acts.Act(id, output); }
            catch (AuditActNotFoundException ex) { return Results.Problem(ex.Message, statusCode: 404); }
            log.Record(scope.UserName, "export", "audit-act/" + id, scope.BranchCode);
            output.Position = 0;
            return Results.File(output, "application/pdf", $"act-{id}.pdf");
        }).RequireAuthorization().WithTags("Audits").WithSummary("The act of one checklist audit as PDF/A.");

        app.MapGet("/api/audit-acts", (HttpContext http, AuditActService acts, AccessLog log, TimeProvider clock) =>
        {
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query).Only(AuditsQuery.Applies).For(scope);
            var year = clock.GetLocalNow().Year;
            var (from, to) = (filter.From ?? new DateOnly(year, 1, 1), filter.To ?? new DateOnly(year, 12, 31));
            if (to < from) return Results.Problem("'to' is before 'from'.", statusCode: 400);
            var output = new MemoryStream();
            acts.Acts(from, to, output, filter.Branch, filter.Office);
            log.Record(scope.UserName, "export", "audit-acts", scope.Branch(filter.Branch), filter.ToQuery());
            output.Position = 0;
            return Results.File(output, "application/zip", $"audit-acts-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.zip");
        }).RequireAuthorization().WithTags("Audits").WithSummary("The acts of every checklist audit of a period as one ZIP with manifest.json.");
        return app;
    }
}
