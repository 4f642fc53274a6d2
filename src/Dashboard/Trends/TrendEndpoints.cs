using Dashboard.Access;
using Dashboard.Localization;

namespace Dashboard.Trends;

/// <summary><c>GET /api/trends?year=&amp;indicator=&amp;format=csv|xlsx</c>: the monthly series with YoY; exports are logged.</summary>
public static class TrendEndpoints
{
    public static IEndpointRouteBuilder MapTrendEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trends", (HttpContext http, TrendView view, AccessLog log, Ui t, int year, string? indicator, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var data = view.Load(year, string.IsNullOrWhiteSpace(indicator) ? null : indicator, scope);
            var (content, type, name) = TrendView.ToTable(data, t).Write(format);
            log.Record(scope.UserName, "export", "trends", scope.BranchCode, $"year={year} indicator={data.Indicator}");
            return Results.File(content, type, $"{year}-{data.Indicator}-{name}");
        }).RequireAuthorization().WithTags("Trends").WithSummary("An indicator's monthly series with the previous year, as CSV or XLSX.");
        return app;
    }
}
