using Analytics.Engine.Reports;
using Dashboard.Access;
using Dashboard.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Reports;

/// <summary>
/// PDF downloads: <c>GET /api/reports/{declaration|annual|quarterly}?year=&amp;quarter=&amp;unit=</c>, for Admin and
/// Executive (any unit) and BranchManager (their branch only; no unit means their branch). Every download is written
/// to the access log.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").RequireAuthorization(Policies.Reports).WithTags("Reports");
        api.MapGet("/{kind}", Download)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Declaration, annual or quarterly report as PDF; inline=true shows it in the browser (preview).");
        api.MapGet("/files/{year:int}/{file}", Generated)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A report the monthly job wrote, as listed on /reports; inline=true shows it in the browser.");
        return app;
    }

    private static IResult Download(HttpContext http, ReportService reports, AccessLog log, string kind, int? year,
        int? quarter, string? unit, bool? inline)
    {
        var result = Produce(http, reports, log, kind, year ?? reports.LastCompleteYear, quarter, unit);
        return inline == true && result is FileStreamHttpResult file ? Inline(http, file.FileStream, file.FileDownloadName!) : result;
    }

    /// <summary>
    /// A file the monthly job wrote. Only names <see cref="GeneratedReports"/> lists for the reader are served, so a
    /// branch manager reaches their branch's files only and a crafted name reaches nothing (404 either way).
    /// </summary>
    private static IResult Generated(HttpContext http, GeneratedReports generated, AccessLog log, int year, string file, bool? inline)
    {
        var scope = UserScope.Of(http.User);
        if (generated.Find(year, file, scope.BranchCode) is not { } found)
            return Results.Problem($"Отчёт «{file}» за {year} год не найден.", statusCode: StatusCodes.Status404NotFound);
        log.Record(scope.UserName, "report", found.Report.Kind, found.Report.Unit, $"file={found.Report.FileName}");
        var stream = File.OpenRead(found.Path);
        return inline == true ? Inline(http, stream, found.Report.FileName) : Results.File(stream, "application/pdf", found.Report.FileName);
    }

    /// <summary>
    /// Shown in the browser rather than saved: the /reports page frames it as a preview, so this one response may be framed
    /// by our own pages (the site-wide headers forbid any framing).
    /// </summary>
    private static IResult Inline(HttpContext http, Stream pdf, string name)
    {
        http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = name }.ToString();
        http.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
        http.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.File(pdf, "application/pdf");
    }

    /// <summary>No year means the last complete one; a period still running is refused with 400 and the reason in Russian.</summary>
    private static IResult Produce(HttpContext http, ReportService reports, AccessLog log, string kind, int year,
        int? quarter, string? unit)
    {
        var scope = UserScope.Of(http.User);
        if (scope.BranchCode is { } own && unit is not null && !string.Equals(unit, own, StringComparison.OrdinalIgnoreCase))
            return Results.Problem($"Your role gives access to branch {own} only.", statusCode: StatusCodes.Status403Forbidden);
        var code = scope.Branch(string.IsNullOrWhiteSpace(unit) ? null : unit);
        var buffer = new MemoryStream();
        string name;
        try
        {
            switch (kind)
            {
                case "declaration": reports.Declaration(year, buffer, code); name = $"declaration-{year}"; break;
                case "annual": reports.Annual(year, buffer, code); name = $"annual-{year}"; break;
                case "quarterly" when quarter is { } q:
                    reports.Quarterly(year, q, buffer, code); name = $"quarterly-{year}-q{q}"; break;
                case "quarterly": return Results.Problem("quarter (1–4) is required for the quarterly report.", statusCode: 400);
                default: return Results.Problem($"Unknown report '{kind}': declaration, annual or quarterly.", statusCode: 400);
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ArgumentException e) when (e.ParamName == "unitCode")
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
        log.Record(scope.UserName, "report", kind, code, $"year={year}" + (quarter is { } qq ? $" quarter={qq}" : ""));
        buffer.Position = 0;
        return Results.File(buffer, "application/pdf", $"{name}-{code ?? "company"}.pdf");
    }
}
