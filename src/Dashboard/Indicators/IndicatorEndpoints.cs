using Analytics.Engine.Indicators;
using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Indicators;

/// <summary><c>GET /api/indicators/{indicators|criteria}?from=&amp;to=&amp;branch=&amp;office=&amp;level=company|branch|office&amp;by=year|quarter|month&amp;format=csv|xlsx</c>; exports are logged.</summary>
public static class IndicatorEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators/{table}", (HttpContext http, IndicatorTables tables, AccessLog log, Ui t, string table,
            string? level, string? format, string? by) =>
        {
            if (!Enum.TryParse<OrgLevel>(level ?? "Branch", ignoreCase: true, out var parsed))
                return Results.Problem("level must be company, branch or office.", statusCode: 400);
            if (!Enum.TryParse<Granularity>(by ?? "Year", ignoreCase: true, out var granularity) || !Enum.IsDefined(granularity))
                return Results.Problem("by must be year, quarter or month.", statusCode: 400);
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query);
            var data = tables.Load(filter, parsed, scope, granularity);
            var view = IndicatorTables.Get(table, data.Rows, t, data.Tolerance, data.Today);
            if (view is null) return Results.Problem($"Unknown table '{table}': indicators or criteria.", statusCode: 404);
            var (content, type, name) = view.Write(format);
            log.Record(scope.UserName, "export", "indicators/" + table, scope.Branch(filter.Branch),
                $"{filter.Only(IndicatorTables.Applies).For(scope).ToQuery()} level={data.Level}");
            return Results.File(content, type, $"{data.From:yyyy-MM}-{data.To:yyyy-MM}-{name}");
        }).RequireAuthorization().WithTags("Indicators").WithSummary("Indicator or criterion results of a year as CSV or XLSX.");
        return app;
    }
}
