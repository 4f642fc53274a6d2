using Analytics.Engine.Actions;
using Analytics.Engine.Users;
using Dashboard.Access;
using Dashboard.Export;
using Dashboard.Localization;

namespace Dashboard.Actions;

/// <summary>
/// The corrective-action list as a table, and <c>GET /api/actions/list?status=&amp;branch=&amp;office=&amp;overdue=&amp;format=csv|xlsx</c>:
/// the same filters as the page, a branch manager held to their branch, every export written to the access log. Owners
/// by ФИО (<see cref="PersonNames"/>), as the page and the Declaration name them.
/// </summary>
public static class ActionExport
{
    public const string Name = "actions";

    public static TableView Table(IReadOnlyList<CorrectiveAction> actions, DateOnly today, Ui t, IReadOnlyDictionary<string, string> names) => new(Name,
        ["№", t["Actions.Title"], t["Actions.Source"], t["Filter.Office"], t["Actions.Owner"], t["Actions.Due"], t["Actions.Status"],
         t["Actions.OverdueOnly"]],
        [.. actions.Select(a => new object?[]
        {
            a.Id, a.Title, $"{t["ActionSource." + a.Source]} {a.SourceRef}", a.OfficeCode, PersonNames.Of(names, a.Owner), a.DueOn, t["ActionStatus." + a.Status],
            a.IsOverdue(today) ? "⚠" : "",
        })]);

    public static IEndpointRouteBuilder MapActionExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/actions/list", (HttpContext http, CorrectiveActionService service, PersonNames names, AccessLog log, Ui t, TimeProvider clock,
            string? status, string? branch, string? office, bool? overdue, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            ActionStatus? parsed = null;
            if (!string.IsNullOrWhiteSpace(status))
                try { parsed = ActionWorkflow.ParseStatus(status); }
                catch (FormatException e) { return Results.Problem(e.Message, statusCode: 400); }
            var scope = UserScope.Of(http.User);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var filter = new ActionFilter(scope.Branch(string.IsNullOrWhiteSpace(branch) ? null : branch),
                string.IsNullOrWhiteSpace(office) ? null : office, parsed, overdue ?? false, today);
            var (content, type, name) = Table(service.List(filter), today, t, names.All()).Write(format);
            log.Record(scope.UserName, "export", "actions", filter.BranchCode,
                $"status={status} branch={filter.BranchCode} office={filter.OfficeCode} overdue={filter.OverdueOnly}");
            return Results.File(content, type, name);
        }).RequireAuthorization().WithTags("Actions").WithSummary("The corrective-action list as CSV or XLSX.");
        return app;
    }
}
