using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Audits;

/// <summary><c>GET /api/audits/{by-office|failed-items}?from=&amp;to=&amp;branch=&amp;office=&amp;format=csv|xlsx</c>; exports are logged.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audits/{table}", (HttpContext http, AuditsQuery query, AccessLog log, Ui t, string table, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query);
            var data = query.Load(filter, scope);
            var view = AuditsQuery.Table(table, data, t);
            if (view is null) return Results.Problem($"Unknown table '{table}': by-office or failed-items.", statusCode: 404);
            var (content, type, name) = view.Write(format);
            log.Record(scope.UserName, "export", "audits/" + table, scope.Branch(filter.Branch), filter.Only(AuditsQuery.Applies).For(scope).ToQuery());
            return Results.File(content, type, $"audits-{data.From:yyyy-MM-dd}-{data.To:yyyy-MM-dd}-{name}");
        }).RequireAuthorization().WithTags("Audits").WithSummary("Checklist audits of a year as CSV or XLSX.");
        return app;
    }
}
