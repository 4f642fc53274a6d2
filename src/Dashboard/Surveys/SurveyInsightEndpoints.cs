using Dashboard.Access;
using Dashboard.Filters;
using Dashboard.Localization;

namespace Dashboard.Surveys;

/// <summary>
/// <c>GET /api/surveys/insight/{questions|offices|months|drivers}?form=&amp;from=&amp;to=&amp;branch=&amp;office=&amp;channel=&amp;format=csv|xlsx</c>:
/// the insight tables as files, with the same suppression as the pages; exports are logged.
/// </summary>
public static class SurveyInsightEndpoints
{
    public static IEndpointRouteBuilder MapSurveyInsightEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/surveys/insight/{table}", (HttpContext http, string table, SurveyInsight insight, Analytics.Engine.Vocabulary.OrgDirectory names, AccessLog log, Ui t,
            Analytics.Engine.Time.DisplayTime time, string? format, string? form, string? target, string? topic, string? sentiment, string? q, string? asof) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.Problem("format must be csv or xlsx.", statusCode: 400);
            if (table == CommentTable.Name)
                return Comments(http, insight, names, log, t, time, format, form, new(Blank(topic), Blank(sentiment), Blank(q), 1, Analytics.Engine.Surveys.CommentQuery.ExportRows));
            if (table.StartsWith(TopicTable.Prefix, StringComparison.Ordinal))
                return Topics(http, insight, log, t, format, form, table[TopicTable.Prefix.Length..], asof);
            if (!SurveyInsightTables.Names.Contains(table)) return Results.Problem($"table must be one of {string.Join(", ", SurveyInsightTables.Names)}.", statusCode: 404);
            var scope = UserScope.Of(http.User);
            var dashboard = DashboardFilter.FromQuery(http.Request.Query);
            var filter = insight.Filter(dashboard, scope, form);
            TableView? view = table == SurveyInsightTables.Drivers
                ? insight.Drivers(filter, target) is { } d ? SurveyInsightTables.DriverTable(d, t) : null
                : insight.Results(filter, target) is { } r ? table switch
                {
                    SurveyInsightTables.Questions => SurveyInsightTables.QuestionTable(r, t),
                    SurveyInsightTables.Offices => SurveyInsightTables.OfficeTable(r, names.DisplayNames(), t),
                    _ => SurveyInsightTables.MonthTable(r, t),
                } : null;
            if (view is null) return Results.Problem($"form '{filter.Form}' is not a published questionnaire.", statusCode: 404);
            var (content, type, name) = view.Write(format);
            log.Record(scope.UserName, "export", $"surveys/insight/{table}", scope.Branch(dashboard.Branch), dashboard.Only(SurveyInsight.Applies).For(scope).ToQuery() + $"&form={filter.Form}");
            return Results.File(content, type, $"survey-{filter.Form}-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}-{name}");
        }).RequireAuthorization().WithTags("Surveys").WithSummary("Survey insight tables (per question, offices, months, drivers, comments) as CSV or XLSX.");
        return app;
    }

    /// <summary>The whole comment feed of the page's filters (every page, up to the export cap), masked as the page.</summary>
    private static IResult Comments(HttpContext http, SurveyInsight insight, Analytics.Engine.Vocabulary.OrgDirectory names, AccessLog log, Ui t,
        Analytics.Engine.Time.DisplayTime time, string format, string? form, Analytics.Engine.Surveys.CommentQuery query)
    {
        var scope = UserScope.Of(http.User);
        var dashboard = DashboardFilter.FromQuery(http.Request.Query);
        var filter = insight.Filter(dashboard, scope, form);
        var (feed, error) = insight.Comments(filter, scope, query);
        if (feed is null) return Results.Problem(error, statusCode: 400);
        var (content, type, name) = CommentTable.Build(feed, names.DisplayNames(), time, t).Write(format);
        log.Record(scope.UserName, "export", "surveys/insight/comments", scope.Branch(dashboard.Branch), dashboard.Only(SurveyInsight.Applies).For(scope).ToQuery() + $"&form={filter.Form}");
        return Results.File(content, type, $"survey-{filter.Form}-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}-{name}");
    }

    /// <summary>Emerging topics of a window (topics-week, topics-month) as on the page.</summary>
    private static IResult Topics(HttpContext http, SurveyInsight insight, AccessLog log, Ui t, string format, string? form, string window, string? asOf)
    {
        var scope = UserScope.Of(http.User);
        var dashboard = DashboardFilter.FromQuery(http.Request.Query);
        var filter = insight.Filter(dashboard, scope, form);
        var (report, error) = insight.Topics(filter, scope, window, insight.AsOf(asOf));
        if (report is null) return Results.Problem(error, statusCode: 400);
        var (content, type, name) = TopicTable.Build(report, t).Write(format);
        log.Record(scope.UserName, "export", $"surveys/insight/{TopicTable.NameOf(window)}", scope.Branch(dashboard.Branch), dashboard.Only(SurveyInsight.Applies).For(scope).ToQuery() + $"&form={filter.Form}");
        return Results.File(content, type, $"survey-{filter.Form}-{report.Windows.NowFrom:yyyy-MM-dd}-{name}");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
