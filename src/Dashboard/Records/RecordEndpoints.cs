using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Records;

/// <summary>
/// <c>GET /api/records/{kind}?…filters…&amp;…drill keys…&amp;format=csv|xlsx</c>: every record behind a number (up to
/// <see cref="RecordsQuery.ExportLimit"/>), scoped and masked as on the page; every export is written to the access log.
/// </summary>
public static class RecordEndpoints
{
    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/records/{kind}", (HttpContext http, RecordsQuery records, AccessLog log, Ui t, string kind, string? format) =>
        {
            if (records.Source(kind) is not { } source)
                return Results.Problem($"Unknown records '{kind}': {string.Join(", ", records.Kinds)}.", statusCode: 404);
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query).Only(source.Applies).For(scope);
            var keys = RecordLinks.Keys(source, k => http.Request.Query.TryGetValue(k, out var v) ? v.ToString() : null);
            RecordPage page;
            try { page = records.Load(kind, filter, keys, scope, t, 0, RecordsQuery.ExportLimit)!; }
            catch (ArgumentException e) { return Results.Problem(e is Analytics.Engine.Queries.Records.RecordKeyException k ? k.Both : e.Message, statusCode: 400); }
            var (content, type, name) = page.View.Write(format);
            var detail = string.Join("&", new[] { filter.ToQuery() }.Concat(keys.Select(k => $"{k.Key}={k.Value}")).Where(p => p.Length > 0));
            log.Record(scope.UserName, "export", "records/" + kind, filter.Branch, detail);
            var cut = page.Total > page.View.Rows.Count ? $"-first-{page.View.Rows.Count}" : "";
            return Results.File(content, type, $"records-{kind}{cut}{Path.GetExtension(name)}");
        }).RequireAuthorization().WithTags("Records").WithSummary("The records behind a dashboard number as CSV or XLSX.");
        return app;
    }
}
