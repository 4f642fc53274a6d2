using Analytics.Engine.Indicators;
using Dashboard.Access;
using Dashboard.Localization;

namespace Dashboard.Benchmarks;

/// <summary><c>GET /api/benchmark/ranking?year=&amp;level=branch|office&amp;item=&amp;format=csv|xlsx</c>; exports are logged.</summary>
public static class BenchmarkEndpoints
{
    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/benchmark/ranking", (HttpContext http, BenchmarkView view, AccessLog log, Ui t, int year, string? level,
            string? item, string? format) =>
        {
            if (!Enum.TryParse<OrgLevel>(level ?? "Branch", ignoreCase: true, out var parsed))
                return Results.Problem("level must be branch or office.", statusCode: 400);
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var data = view.Load(year, parsed, string.IsNullOrWhiteSpace(item) ? null : item, scope);
            var (content, type, name) = BenchmarkView.Table(data, t).Write(format);
            log.Record(scope.UserName, "export", "benchmark/ranking", scope.BranchCode, $"year={year} level={parsed} item={data.Item}");
            return Results.File(content, type, $"{year}-{data.Item}-{name}");
        }).RequireAuthorization().WithTags("Benchmark").WithSummary("A year's ranking on one indicator or criterion as CSV or XLSX.");
        return app;
    }
}
