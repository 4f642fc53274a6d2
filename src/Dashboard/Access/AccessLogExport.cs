using Dashboard.Export;
using Dashboard.Localization;
using Dashboard.Users;

namespace Dashboard.Access;

/// <summary>
/// The access log as a table (the page shows the same rows), and <c>GET /api/admin/access-log?format=csv|xlsx</c> for
/// Admin only — the export an internal audit asks for. Exporting the log is itself logged.
/// </summary>
public static class AccessLogExport
{
    public const string Name = "access-log";

    /// <summary>How many of the latest entries the page shows and the export holds.</summary>
    public const int Take = 500;

    /// <summary>Times in the display zone (Jobs:TimeZone), as the page shows them; the log stores UTC.</summary>
    public static TableView Table(IReadOnlyList<AccessEntry> entries, Ui t, Analytics.Engine.Time.DisplayTime time) => new(Name,
        [t["Audits.Date"], t["Users.UserName"], t["AccessLog.What"], t["Filter.Branch"], t["AccessLog.Detail"]],
        [.. entries.Select(e => new object?[] { time.FromUtc(e.HappenedAt), e.UserName, $"{e.Action}: {e.What}", e.ScopeCode, e.Detail })]);

    public static IEndpointRouteBuilder MapAccessLogExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/access-log", (HttpContext http, AccessLog log, Ui t, Analytics.Engine.Time.DisplayTime time, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var (content, type, name) = Table(log.Recent(Take), t, time).Write(format);
            log.Record(UserScope.Of(http.User).UserName, "export", Name, null, $"format={format}");
            return Results.File(content, type, name);
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithTags("Access").WithSummary("The latest access-log entries as CSV or XLSX (Admin).");
        return app;
    }
}
