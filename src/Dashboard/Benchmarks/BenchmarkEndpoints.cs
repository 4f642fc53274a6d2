using Analytics.Engine.Indicators;
using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Benchmarks;

/// <summary><c>GET /api/benchmark/ranking?year=&amp;level=branch|office&amp;item=&amp;format=csv|xlsx</c>; exports are logged.</summary>
public static class BenchmarkEndpoints
{
    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/benchmark/ranking", (HttpContext http, BenchmarkView view, AccessLog log, Ui t, int? year, string? level,
            string? item, string? format) =>
        {
            if (!Enum.TryParse<OrgLevel>(level ?? "Branch", ignoreCase: true, out var parsed))
                return Results.Problem("level must be branch or office.", statusCode: 400);
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query).For(scope);
            if ((year ?? filter.To?.Year) is not { } shown) return Results.Problem("year (or from/to) is required.", statusCode: 400);
            year = shown;
            // A chosen branch ranks its offices, as for that branch's manager (the page does the same).
            var ranked = scope.BranchCode is null && filter.Branch is { } b ? scope with { BranchCode = b } : scope;
            var data = view.Load(shown, parsed, string.IsNullOrWhiteSpace(item) ? null : item, ranked);
            var (content, type, name) = BenchmarkView.Table(data, t).Write(format);
            log.Record(scope.UserName, "export", "benchmark/ranking", filter.Branch, $"year={year} level={parsed} item={data.Item}");
            return Results.File(content, type, $"{year}-{data.Item}-{name}");
        }).RequireAuthorization().WithTags("Benchmark").WithSummary("A year's ranking on one indicator or criterion as CSV or XLSX.");
        return app;
    }
}
