using Analytics.Engine.Compliance;
using Analytics.Engine.Methodology;
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
    /// <summary>Last month covered (12 for a finished year); year-over-year figures compare months 1…this of both years.</summary>
    public int ThroughMonth { get; init; } = 12;
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
    /// <summary>The methodology's norms the facts are judged against (queue, reception, call answer, deadlines).</summary>
    public required ComplianceNorms Norms { get; init; }
    /// <summary>Appeals registered in the year by deadline state as of <see cref="AsOf"/> (the Engine's <see cref="AppealDeadlines"/>).</summary>
    public required DeadlineSummary Deadlines { get; init; }
    /// <summary>
    /// Appeals registered before the year and still unanswered past their due date at <see cref="AsOf"/>: named
    /// apart so a year's figures never hide or absorb an older backlog.
    /// </summary>
    public long OverdueFromEarlierYears { get; init; }
    /// <summary>The methodology's <c>declaration.partialTolerance</c>: a miss of at most this share is «частично».</summary>
    public double PartialTolerance { get; init; } = 0.10;
    /// <summary>The day deadlines are judged on: the year end, or today for the current year.</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>Corrective actions (F12) opened or due in the year.</summary>
    public required IReadOnlyList<CorrectiveActionRow> CorrectiveActions { get; init; }

    /// <summary>Russian text of checklist items by code, from the published forms (a signed document never prints codes).</summary>
    public IReadOnlyDictionary<string, string> ItemTexts { get; init; } = new Dictionary<string, string>();

    /// <summary>The item's Russian text, or its code when no published form knows it.</summary>
    public string ItemText(string code) => ItemTexts.TryGetValue(code, out var text) ? text : code;

    /// <summary>Count of table 4.1 for a category, channel group (null = all groups) and year.</summary>
    public long Cell(string category, string? group, int year) =>
        Table41.Where(c => c.Category == category && c.Year == year && (group is null || c.Group == group)).Sum(c => c.N);

    /// <summary>Reads the facts for <paramref name="unitCode"/> (null = the whole company) and <paramref name="year"/>.</summary>
    public static ReportFacts Gather(AnalyticsStore store, string? unitCode, int year, ReportOptions options, int throughMonth = 12)
    {
        var through = Math.Clamp(throughMonth, 1, 12);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        using var connection = store.Open();
        var scope = ReportScope.Resolve(connection, unitCode);
        scope.Apply(connection);
        // Norms and deadlines come from the methodology through the Engine's one deadline component, never from report settings.
        var deadlines = new AppealDeadlines(store);
        var methodology = new MethodologyRepository(store).Get();
        var norms = methodology.Norms;
        var asOf = DeadlineDay(year);
        deadlines.Prepare(connection, asOf, norms);
        var p = new { year };
        var survey = Query<SurveyBucket>(connection, "SurveyScores",
            new { year, nps = options.NpsItemCode, csat = options.CsatItemCode, ces = options.CesItemCode });
        return new ReportFacts
        {
            Scope = scope,
            Year = year,
            Norms = norms,
            PartialTolerance = methodology.Declaration.PartialTolerance,
            AsOf = asOf,
            // The same call as /appeals and `analytics appeals due`: one summary, one figure.
            Deadlines = deadlines.Summary(asOf, scope.Appeals(year)),
            OverdueFromEarlierYears = deadlines.Summary(asOf, scope.Appeals(null) with { To = new DateOnly(year - 1, 12, 31) }).Overdue,
            ThroughMonth = through,
            Table41 = Query<Table41Cell>(connection, "Table41", new { year, through }),
            Offices = connection.Query<OfficeWorkload>(ReportSql.Load("Annual", "OfficeWorkload").Replace("$queue_at_norm",
                QueueAtNorm.Sql(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), norms), StringComparison.Ordinal), new { year, through }).ToList(),
            // Calls in the norm re-timed to the methodology's answer norm, as the indicators count them (CallsAtNorm).
            Phone = connection.Query<PhoneMonth>(ReportSql.Load("Annual", "PhoneMonthly").Replace("$calls_at_norm",
                CallsAtNorm.Sql(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), norms.CallAnswerSeconds), StringComparison.Ordinal), p).ToList(),
            Topics = Query<TopicCount>(connection, "Topics", new { year, through }),
            AnswerTimes = Query<AnswerTime>(connection, "AnswerTimes", p),
            ControlCalls = Query<ControlCallSummary>(connection, "ControlCalls", p).Single(),
            Surveys =
            [
                SurveyScore.Csat(survey.Where(b => b.Item == options.CsatItemCode)),
                SurveyScore.Nps(survey.Where(b => b.Item == options.NpsItemCode)),
                SurveyScore.Ces(survey.Where(b => b.Item == options.CesItemCode)),
            ],
            Audits = Query<AuditSummary>(connection, "Audits", p),
            FailedItems = MostFailed(connection, year),
            Photos = Query<EvidencePhoto>(connection, "Photos", new { year, limit = options.MaxPhotos }),
            Measures = Query<AppealMeasure>(connection, "Measures", p),
            // Months after the covered ones (the running, incomplete month) are not plotted as if they were whole.
            MonthlyAppeals = Query<MonthCount>(connection, "MonthlyAppeals", p).Where(m => m.Month <= through).ToList(),
            CorrectiveActions = connection.Query<CorrectiveActionRow>(ReportSql.Load("Annual", "CorrectiveActions")
                .Replace("$owner_name", Users.PersonNames.Sql("owner"), StringComparison.Ordinal), p).ToList(),
            ItemTexts = ItemTextsOf(connection, norms),
        };
    }

    /// <summary>The year end, or today while the year is not over (an appeal due later is not overdue yet).</summary>
    internal static DateOnly DeadlineDay(int year)
    {
        var today = Time.DisplayTime.Default.Today; // Moscow's today, not the server's
        var end = new DateOnly(year, 12, 31);
        return today < end ? today : end;
    }

    private static Dictionary<string, string> ItemTextsOf(DuckDBConnection connection, ComplianceNorms norms)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var json in connection.Query<string>("SELECT json FROM form_version ORDER BY definition_id, version DESC"))
        {
            try
            {
                foreach (var item in Forms.FormJson.Deserialize(json).AllItems()) texts.TryAdd(item.Code, Forms.NormTexts.Fill(item.Text.Ru, norms));
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
            {
                // A version that no longer parses keeps its codes; the report still renders.
            }
        }
        return texts;
    }

    /// <summary>
    /// The 15 items most often not done in the year's approved audits, each with how often it was judged (failed or
    /// passed) — by AuditRules, the rule the act, the actions and the Audits page use, so the counts agree with them.
    /// </summary>
    private static List<FailedItem> MostFailed(DuckDBConnection connection, int year)
    {
        var judge = new AuditActs.AuditItemJudge(connection);
        return [.. Query<AuditActs.StoredAuditAnswer>(connection, "FailedItems", new { year })
            .Select(a => (a.ItemCode, Failed: judge.Failed(a), Passed: judge.Passed(a)))
            .Where(a => a.Failed || a.Passed)
            .GroupBy(a => a.ItemCode, StringComparer.Ordinal)
            .Select(g => new FailedItem { Item = g.Key, Failed = g.LongCount(a => a.Failed), Checked = g.LongCount() })
            .Where(i => i.Failed > 0)
            .OrderByDescending(i => i.Failed).ThenBy(i => i.Item, StringComparer.Ordinal)
            .Take(15)];
    }

    private static List<T> Query<T>(DuckDBConnection connection, string name, object parameters) =>
        connection.Query<T>(ReportSql.Load("Annual", name), parameters).ToList();
}
