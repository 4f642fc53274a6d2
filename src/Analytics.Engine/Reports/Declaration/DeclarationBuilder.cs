using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Reports.Declaration;

/// <summary>
/// Gathers <see cref="DeclarationData"/> for a scope and year: the store facts, the conformity checks, the
/// indicators from an <see cref="IIndicatorSource"/>, trend series and the per-branch appendix. No layout here.
/// </summary>
public sealed class DeclarationBuilder(AnalyticsStore store, ReportOptions options, IIndicatorSource? indicators = null)
{
    // The indicator engine is the one place indicator values come from; the plan-table source serves tests of the layout.
    private readonly IIndicatorSource _indicators = indicators ?? new Indicators.EngineIndicatorSource();

    public DeclarationData Build(string? unitCode, int year) =>
        Build(unitCode, ReportPeriod.Complete(year, Time.DisplayTime.Default.Today));

    /// <summary>The Declaration for a finished <paramref name="period"/> (see <see cref="ReportPeriod.Complete"/>).</summary>
    public DeclarationData Build(string? unitCode, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var year = period.Year;
        var facts = ReportFacts.Gather(store, unitCode, year, options);
        using var connection = store.Open();
        facts.Scope.Apply(connection);
        new Compliance.AppealDeadlines(store).Prepare(connection, facts.AsOf, facts.Norms);
        var p = new { year };
        var (appeals, withExecutor) = connection.QuerySingle<(long, long)>(ReportSql.Load("Declaration", "Registration"), p);
        var channels = connection.Query<string>(ReportSql.Load("Declaration", "Channels"), p).ToList();
        var months = connection.Query<MonthNorms>(ReportSql.Load("Declaration", "MonthlyNorms").Replace("$queue_at_norm",
            Compliance.QueueAtNorm.Sql(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), facts.Norms), StringComparison.Ordinal), p).ToList();
        var branches = Branches(connection, facts, year);
        var offices = connection.Query<(string Name, int? Category)>(
            "SELECT CASE WHEN count(*) OVER (PARTITION BY u.name) > 1 THEN u.name || ' (' || s.code || ')' ELSE u.name END, u.category::INTEGER " +
            "FROM scope_office s JOIN org_unit u ON u.code = s.code " +
            "WHERE u.level = 'office' AND (u.closed_on IS NULL OR year(u.closed_on) >= $year) ORDER BY 1", p)
            .Select(o => new ScopeOffice(o.Name, o.Category)).ToList();
        var (lines, generalized) = _indicators.Read(store, facts.Scope, year);
        var signatory = options.SignatoryFor(facts.Scope.IsWholeStore ? null : facts.Scope.Code, facts.Scope.Level);

        return new DeclarationData
        {
            Scope = facts.Scope,
            Year = year,
            Date = period.DocumentDate(options.DocumentDate),
            SignatoryPosition = signatory.Position,
            SignatoryName = signatory.Name,
            StandardTitle = options.StandardTitle,
            StandardVersion = options.StandardVersion,
            Offices = offices,
            Channels = channels,
            Sources = [.. Sources(facts, appeals), AuditPlanEvidence.Line(store, connection, year)],
            Requirements = RequirementChecks.Evaluate(facts, options, appeals, withExecutor),
            Criteria = _indicators.Criteria(store, facts.Scope, year, facts.PartialTolerance),
            Indicators = lines,
            Generalized = generalized,
            Trends = Trends(facts, months),
            Programme = facts.CorrectiveActions.Select(a => new ImprovementMeasure(
                a.Title, a.Unit, a.Owner, DateOnly.FromDateTime(a.DueOn), a.StatusRu, a.OverdueAtYearEnd(year))).ToList(),
            Facts = facts,
            Branches = branches,
        };
    }

    private static List<DataSource> Sources(ReportFacts facts, long appeals) =>
    [
        new("Реестр обращений", "обращения, поступившие за год, сроки ответа, исполнители, меры", appeals),
        new("Электронная очередь", "талоны офисов: ожидание и приём", facts.Offices.Sum(o => o.Tickets)),
        new("Контакт-центр", "интервальная статистика вызовов", facts.Phone.Sum(m => m.Offered)),
        new("Контрольные звонки", "звонки по жалобам", facts.ControlCalls.Called),
        new("Анкетирование", "ответы потребителей (CSAT, NPS, CES)", facts.Surveys.Max(s => s.N)),
        new("Проверки по чек-листам", "аудиты и «тайный покупатель», проверенные пункты", facts.Audits.Sum(a => a.Checked)),
    ];

    private List<ChartSpec> Trends(ReportFacts facts, List<MonthNorms> months)
    {
        var labels = Ru.MonthsShort;
        double? At(int year, int month) => facts.MonthlyAppeals.FirstOrDefault(m => m.Year == year && m.Month == month)?.N;
        var all = Enumerable.Range(1, 12).ToList();
        return
        [
            new("Обращения по месяцам", ChartKind.Line, labels,
            [
                new((facts.Year - 1).ToString(Ru.Culture), all.Select(m => At(facts.Year - 1, m)).ToList()),
                new(facts.Year.ToString(Ru.Culture), all.Select(m => At(facts.Year, m)).ToList()),
            ]) { Counts = true },
            new("Среднее ожидание в очереди, мин", ChartKind.Line, labels, [new("Ожидание", months.Select(m => m.Wait).ToList())])
            { References = [new("Норматив", facts.Norms.QueueWaitMinutes)] },
            new("Средний приём специалистом, мин", ChartKind.Line, labels, [new("Приём", months.Select(m => m.Reception).ToList())])
            { References = [new("Норматив", facts.Norms.ReceptionMinutes)] },
            new("Ответы на письменные обращения в срок, %", ChartKind.Bar, labels,
                [new("В срок", months.Select(m => ReportMath.Share(m.OnTime, m.WithDeadline) * 100).ToList())]) { YMin = 0, YMax = 100 },
            new("Среднее ожидание ответа оператора, с", ChartKind.Line, labels,
                [new("Ожидание", all.Select(m => facts.Phone.FirstOrDefault(x => x.Month == m) is { } pm ? Annual.FactSections.AvgWait(pm) : null).ToList())])
            { References = [new("Норматив", facts.Norms.CallAnswerSeconds)] },
        ];
    }

    private static List<(string, ChartSpec, IReadOnlyList<OfficeWorkload>)> Branches(DuckDBConnection connection, ReportFacts facts, int year)
    {
        var rows = connection.Query<(string Code, string Name, int? Month, long N)>(ReportSql.Load("Declaration", "Branches"), new { year }).ToList();
        var parents = connection.Query<(string Code, string Parent)>(
            "SELECT code, parent_code FROM org_unit WHERE level = 'office' AND parent_code IS NOT NULL").ToDictionary(x => x.Code, x => x.Parent);
        return rows.GroupBy(r => (r.Code, r.Name)).Select(g =>
        {
            var chart = new ChartSpec($"{g.Key.Name}: обращения по месяцам {year} г.", ChartKind.Bar, Ru.MonthsShort,
                [new("Обращения", Enumerable.Range(1, 12).Select(m => (double?)g.Where(r => r.Month == m).Sum(r => r.N)).ToList())]) { Counts = true };
            IReadOnlyList<OfficeWorkload> offices = facts.Offices.Where(o => parents.TryGetValue(o.Code, out var parent) && parent == g.Key.Code).ToList();
            return (g.Key.Name, chart, offices);
        }).ToList();
    }

    private sealed class MonthNorms
    {
        public int Month { get; set; }
        public double? Wait { get; set; }
        public double? Reception { get; set; }
        public long WithDeadline { get; set; }
        public long OnTime { get; set; }
    }
}
