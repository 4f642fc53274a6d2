using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Appeals;

/// <summary>
/// <c>GET /api/appeals</c> (the dashboard's numbers as JSON) and <c>GET /api/appeals/{table}?format=csv|xlsx</c>
/// (one table of the page). Same filters as the page; a branch manager gets their branch; personal data is masked
/// unless the role may see it; every export is written to the access log.
/// </summary>
public static class AppealEndpoints
{
    public static IEndpointRouteBuilder MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appeals").RequireAuthorization().WithTags("Appeals");
        api.MapGet("/", (HttpContext http, AppealsQuery query) =>
            query.Load(DashboardFilter.FromQuery(http.Request.Query), UserScope.Of(http.User)))
            .WithSummary("Appeal volumes, deadline compliance, overdue and due-soon lists.");
        api.MapGet("/{table}", (HttpContext http, AppealsQuery query, AccessLog log, Ui t, string table, string? format) =>
        {
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query).For(scope);
            var view = AppealTables.Get(table, query.Load(filter, scope), t);
            if (view is null) return Results.Problem($"Unknown table '{table}': {string.Join(", ", AppealTables.Names)}.", statusCode: 404);
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var (content, type, name) = view.Write(format);
            log.Record(scope.UserName, "export", "appeals/" + table, filter.Branch, filter.ToQuery());
            return Results.File(content, type, "appeals-" + name);
        }).WithSummary("One appeals table as CSV or XLSX.");
        return app;
    }
}
