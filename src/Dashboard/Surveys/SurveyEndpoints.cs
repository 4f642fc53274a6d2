using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Surveys;

/// <summary><c>GET /api/surveys/by-office?from=&amp;to=&amp;branch=&amp;office=&amp;channel=&amp;format=csv|xlsx</c>; exports are logged.</summary>
public static class SurveyEndpoints
{
    public static IEndpointRouteBuilder MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/surveys/by-office", (HttpContext http, SurveysQuery query, AccessLog log, Ui t, string? format) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            var scope = UserScope.Of(http.User);
            var filter = DashboardFilter.FromQuery(http.Request.Query);
            var data = query.Load(filter, scope);
            var (content, type, name) = SurveysQuery.Table(data, t).Write(format);
            log.Record(scope.UserName, "export", "surveys/by-office", scope.Branch(filter.Branch), filter.Only(SurveysQuery.Applies).For(scope).ToQuery());
            return Results.File(content, type, $"surveys-{data.From:yyyy-MM-dd}-{data.To:yyyy-MM-dd}-{name}");
        }).RequireAuthorization().WithTags("Surveys").WithSummary("Survey scores per office as CSV or XLSX.");
        return app;
    }
}
