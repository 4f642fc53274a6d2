using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Localization;
using Dashboard.Users;

namespace Dashboard.Overview;

/// <summary>
/// The store inventory of the admin page (rows per table, period covered, rows per year) as a table, and
/// <c>GET /api/store/inventory?format=csv|xlsx</c>: company-wide counts, so for the Admin only (D5, as the page
/// /admin/store); logged like every export.
/// </summary>
public static class StoreInventoryExport
{
    public const string Name = "inventory";

    public static TableView Table(StoreOverview overview, Ui t)
    {
        var years = overview.Tables.SelectMany(x => x.ByYear.Keys).Distinct().Order().ToList();
        return new(Name,
            [t["Home.Table"], "table", t["Home.Rows"], "first", "last", .. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. overview.Tables.Select(x => (object?[])
            [
                t["Table." + x.Table], x.Table, x.Rows, x.First, x.Last,
                .. years.Select(y => x.ByYear.TryGetValue(y, out var n) ? (object?)n : null),
            ])]);
    }

    public static IEndpointRouteBuilder MapStoreInventoryExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/store/inventory", (HttpContext http, StoreOverviewQuery query, AccessLog log, Ui t, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var (content, type, name) = Table(query.Load(), t).Write(format);
            var scope = UserScope.Of(http.User);
            log.Record(scope.UserName, "export", Name, scope.BranchCode, $"format={format}");
            return Results.File(content, type, name);
        }).RequireAuthorization(Policies.Administer).WithTags("Overview").WithSummary("The store inventory (rows per table and year) as CSV or XLSX.");
        return app;
    }
}
