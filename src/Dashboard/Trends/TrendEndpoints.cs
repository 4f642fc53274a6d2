using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Trends;

/// <summary><c>GET /api/trends?from=&amp;to=&amp;branch=&amp;office=&amp;indicator=&amp;format=csv|xlsx</c>: the monthly series with YoY; exports are logged.</summary>
public static class TrendEndpoints
{
    public static IEndpointRouteBuilder MapTrendEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trends", (HttpContext http, TrendView view, AccessLog log, Ui t, string? indicator, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query);
            var data = view.Load(filter, string.IsNullOrWhiteSpace(indicator) ? null : indicator, scope);
            var (content, type, name) = TrendView.ToTable(data, t).Write(format);
            log.Record(scope.UserName, "export", "trends", scope.Branch(filter.Branch),
                $"{filter.Only(TrendView.Applies).For(scope).ToQuery()} indicator={data.Indicator}");
            return Results.File(content, type, $"{data.Year}-{data.Indicator}-{name}");
        }).RequireAuthorization().WithTags("Trends").WithSummary("An indicator's monthly series with the previous year, as CSV or XLSX.");
        return app;
    }
}
