using System.Globalization;
using Dashboard.Access;
using Dashboard.Hosting;
using Dashboard.Users;

namespace Dashboard.Export;

/// <summary>
/// <c>POST /api/exports?kind=…&amp;format=csv|xlsx|parquet&amp;…filters and drill keys…</c> starts a background export
/// (antiforgery header token, as every POST); <c>GET /api/exports</c> lists the caller's jobs; <c>GET
/// /api/exports/{id}/file</c> downloads a finished file — its requester or an Admin only, and every download is logged.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/exports").RequireAuthorization().WithTags("Exports");
        api.MapPost("/", (HttpContext http, ExportRequests requests, string? kind, string? format) =>
        {
            var query = string.Join("&", http.Request.Query.Where(q => q.Key is not ("kind" or "format"))
                .SelectMany(q => q.Value.Select(v => $"{q.Key}={Uri.EscapeDataString(v ?? "")}")));
            try
            {
                var id = requests.Request(UserScope.Of(http.User), kind ?? "", query, format ?? "csv",
                    CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
                return Results.Accepted($"/api/exports/{id}", new { id });
            }
            catch (ArgumentException e) { return Results.Problem(e is Analytics.Engine.Queries.Records.RecordKeyException k ? k.Both : e.Message, statusCode: 400); }
        }).DisableAntiforgery().RequireAntiforgeryToken().WithSummary("Start a background export of a records view.");

        api.MapGet("/", (HttpContext http, ExportJobs jobs) => jobs.ForUser(UserScope.Of(http.User).UserName).Select(View))
            .WithSummary("The caller's background exports, newest first.");

        api.MapGet("/{id:long}/file", (HttpContext http, ExportJobs jobs, AccessLog log, long id) =>
        {
            var scope = UserScope.Of(http.User);
            if (jobs.Get(id) is not { } job) return Results.Problem($"No export {id}.", statusCode: 404);
            if (!ExportRequests.MayDownload(job, scope, http.User.IsInRole(Roles.Admin)))
                return Results.Problem("Эта выгрузка принадлежит другому пользователю.", statusCode: 403);
            if (job is not { State: "completed", FilePath: { } path } || !File.Exists(path))
                return Results.Problem($"Export {id} has no file ({job.State}).", statusCode: 409);
            log.Record(scope.UserName, "export", $"export-job/{id}", scope.BranchCode, $"download {job.FileName}");
            return Results.File(path, RecordFile.ContentType(job.Format), job.FileName);
        }).WithSummary("Download a finished background export (its requester or Admin).");
        return app;
    }

    private static object View(ExportJobRow j) => new
    {
        j.Id, j.Kind, j.Format, j.State, j.RowsWritten, j.RowsTotal, j.SizeBytes, j.CreatedAt, j.FinishedAt, j.Message,
        File = j.State == "completed" ? $"/api/exports/{j.Id}/file" : null,
    };
}
