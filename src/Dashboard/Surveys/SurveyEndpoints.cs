using Dashboard.Access;
using Dashboard.Localization;

namespace Dashboard.Surveys;

/// <summary><c>GET /api/surveys/by-office?year=&amp;format=csv|xlsx</c>; exports are logged.</summary>
public static class SurveyEndpoints
{
    public static IEndpointRouteBuilder MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/surveys/by-office", (HttpContext http, SurveysQuery query, AccessLog log, Ui t, int year, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var (content, type, name) = SurveysQuery.Table(query.Load(year, scope), t).Write(format);
            log.Record(scope.UserName, "export", "surveys/by-office", scope.BranchCode, $"year={year}");
            return Results.File(content, type, $"surveys-{year}-{name}");
        }).RequireAuthorization().WithTags("Surveys").WithSummary("Survey scores per office as CSV or XLSX.");
        return app;
    }
}
