using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Reports.Data;

/// <summary>
/// Everything the annual report and the Declaration read from the store for one scope and year, gathered in
/// one connection by the queries under <c>Reports/Annual/</c>. Layout code never touches the store.
/// </summary>
public sealed record ReportFacts
{
    public required ReportScope Scope { get; init; }
    public required int Year { get; init; }
    public required IReadOnlyList<Table41Cell> Table41 { get; init; }
    public required IReadOnlyList<OfficeWorkload> Offices { get; init; }
    public required IReadOnlyList<PhoneMonth> Phone { get; init; }
    public required IReadOnlyList<TopicCount> Topics { get; init; }
    public required IReadOnlyList<AnswerTime> AnswerTimes { get; init; }
    public required ControlCallSummary ControlCalls { get; init; }
    public required IReadOnlyList<SurveyScore> Surveys { get; init; }
    public required IReadOnlyList<AuditSummary> Audits { get; init; }
    public required IReadOnlyList<FailedItem> FailedItems { get; init; }
    public required IReadOnlyList<EvidencePhoto> Photos { get; init; }
    public required IReadOnlyList<AppealMeasure> Measures { get; init; }
    public required IReadOnlyList<MonthCount> MonthlyAppeals { get; init; }
    /// <summary>Corrective actions (F12) opened or due in the year.</summary>
    public required IReadOnlyList<CorrectiveActionRow> CorrectiveActions { get; init; }

    /// <summary>Count of table 4.1 for a category, channel group (null = all groups) and year.</summary>
    public long Cell(string category, string? group, int year) =>
        Table41.Where(c => c.Category == category && c.Year == year && (group is null || c.Group == group)).Sum(c => c.N);

    /// <summary>Reads the facts for <paramref name="unitCode"/> (null = the whole company) and <paramref name="year"/>.</summary>
    public static ReportFacts Gather(AnalyticsStore store, string? unitCode, int year, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        using var connection = store.Open();
        var scope = ReportScope.Resolve(connection, unitCode);
        scope.Apply(connection);
        var p = new { year };
        var survey = Query<SurveyBucket>(connection, "SurveyScores",
            new { year, nps = options.NpsItemCode, csat = options.CsatItemCode, ces = options.CesItemCode });
        return new ReportFacts
        {
            Scope = scope,
            Year = year,
            Table41 = Query<Table41Cell>(connection, "Table41", p),
            Offices = Query<OfficeWorkload>(connection, "OfficeWorkload", new { year, wait_norm = options.QueueWaitNormMinutes }),
            Phone = Query<PhoneMonth>(connection, "PhoneMonthly", p),
            Topics = Query<TopicCount>(connection, "Topics", p),
            AnswerTimes = Query<AnswerTime>(connection, "AnswerTimes", p),
            ControlCalls = Query<ControlCallSummary>(connection, "ControlCalls", p).Single(),
            Surveys =
            [
                SurveyScore.Csat(survey.Where(b => b.Item == options.CsatItemCode)),
                SurveyScore.Nps(survey.Where(b => b.Item == options.NpsItemCode)),
                SurveyScore.Ces(survey.Where(b => b.Item == options.CesItemCode)),
            ],
            Audits = Query<AuditSummary>(connection, "Audits", p),
            FailedItems = Query<FailedItem>(connection, "FailedItems", p),
            Photos = Query<EvidencePhoto>(connection, "Photos", new { year, limit = options.MaxPhotos }),
            Measures = Query<AppealMeasure>(connection, "Measures", p),
            MonthlyAppeals = Query<MonthCount>(connection, "MonthlyAppeals", p),
            CorrectiveActions = Query<CorrectiveActionRow>(connection, "CorrectiveActions", p),
        };
    }

    private static List<T> Query<T>(DuckDBConnection connection, string name, object parameters) =>
        connection.Query<T>(ReportSql.Load("Annual", name), parameters).ToList();
}
