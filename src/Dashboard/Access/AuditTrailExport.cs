using System.Globalization;
using Analytics.Engine.Audit;
using Analytics.Engine.Time;
using Analytics.Engine.Vocabulary;
using Dashboard.Export;
using Dashboard.Localization;
using Dashboard.Users;

namespace Dashboard.Access;

/// <summary>
/// The change audit trail as a table (the page <c>/admin/audit</c> shows the same rows) and
/// <c>GET /api/admin/audit?format=csv|xlsx[&amp;from=&amp;to=&amp;actor=&amp;kind=]</c> for Admin only. The period is in
/// dates of the display zone (Moscow), turned into the UTC instants the trail stores. Exporting is itself logged.
/// </summary>
public static class AuditTrailExport
{
    public const string Name = "audit";

    /// <summary>The newest entries the page shows and the export holds for one filter.</summary>
    public const int Take = 2000;

    /// <summary>The filter from the page's/export's query values: dates are whole days of the display zone.</summary>
    public static AuditFilter Filter(DateOnly? from, DateOnly? to, string? actor, string? kind, DisplayTime time) => new(
        from is { } f ? Utc(f, time) : null, to is { } t ? Utc(t.AddDays(1), time) : null,
        string.IsNullOrWhiteSpace(actor) ? null : actor, string.IsNullOrWhiteSpace(kind) ? null : kind, Take);

    public static string Query(DateOnly? from, DateOnly? to, string? actor, string? kind) => string.Join('&', new[]
    {
        from is { } f ? "from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        to is { } t ? "to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        string.IsNullOrWhiteSpace(actor) ? null : "actor=" + Uri.EscapeDataString(actor),
        string.IsNullOrWhiteSpace(kind) ? null : "kind=" + Uri.EscapeDataString(kind),
    }.Where(p => p is not null));

    public static TableView Table(IReadOnlyList<AuditEntry> entries, Ui t, DisplayTime time) => new(Name,
        [t["Audit.Seq"], t["Audit.When"], t["Audit.Actor"], t["Audit.Kind"], t["Audit.Entity"], t["Audit.Action"], t["Audit.Before"], t["Audit.After"]],
        [.. entries.Select(e => new object?[]
        {
            e.Seq, time.FromUtc(e.AtUtc), e.Actor, Labels.Of(Vocab.AuditKind, e.EntityKind), e.EntityId,
            Labels.Of(Vocab.AuditAction, e.Action), e.BeforeJson, e.AfterJson,
        })]);

    public static IEndpointRouteBuilder MapAuditTrailExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/audit", (HttpContext http, AuditTrail trail, AccessLog log, Ui t, DisplayTime time,
            string? format, DateOnly? from, DateOnly? to, string? actor, string? kind) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var (content, type, name) = Table(trail.List(Filter(from, to, actor, kind, time)), t, time).Write(format);
            log.Record(UserScope.Of(http.User).UserName, "export", Name, null, $"format={format}&{Query(from, to, actor, kind)}");
            return Results.File(content, type, name);
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithTags("Access").WithSummary("The change audit trail as CSV or XLSX (Admin).");
        return app;
    }

    private static DateTime Utc(DateOnly day, DisplayTime time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), time.Zone);
}
