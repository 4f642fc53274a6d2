using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Declaration;
using Analytics.Engine.Store;

namespace Analytics.Engine.Indicators;

/// <summary>
/// The Declaration's indicator lines from the indicator engine: the three Standard-mode indicators of the scope for
/// the year (fact = share of full marks 0…1, plan and outcome code when the plan table has one). The generalized
/// indicator needs the reliability and connection outcomes, which no register here holds: its plan is shown, its
/// fact is left empty with the reason rather than invented.
/// </summary>
public sealed class EngineIndicatorSource : IIndicatorSource
{
    public (IReadOnlyList<IndicatorLine> Indicators, IndicatorLine Generalized) Read(AnalyticsStore store, ReportScope scope, int year)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        var level = scope.Level switch { "branch" => OrgLevel.Branch, "office" => OrgLevel.Office, _ => OrgLevel.Company };
        var service = new IndicatorService(store);
        service.Refresh();
        var set = service.Compute(new IndicatorQuery
        {
            Level = level, Granularity = Granularity.Year, From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 1),
        });
        var row = set.Rows.FirstOrDefault(r => level == OrgLevel.Company || r.UnitCode == scope.Code);
        var catalog = IndicatorCatalog.For(set.MethodologyId, set.MethodologyVersion, store);
        // The tolerance the outcome was judged with: the plan row's own, else the methodology's default (as the rollup does).
        var fallback = new Methodology.MethodologyRepository(store).Find(set.MethodologyId, set.MethodologyVersion)?.Plan.Tolerance;
        var tolerances = PlanTolerances(store, scope, year);
        var lines = catalog.Indicators.Select(ind =>
        {
            var value = row?.Indicators.FirstOrDefault(i => i.IndicatorId == ind.Id);
            // Printed in a signed document: Russian only, no methodology ids or versions.
            var note = value?.Value is null
                ? "нет данных за период"
                : $"{ind.NameRu}: n = {Ru.N(value.N)}; 95 % ДИ {Ru.Interval(value.Lower is { } lo && value.Upper is { } hi ? (lo, hi) : null)}; охват {Ru.Pct(value.Coverage, 0)}";
            return new IndicatorLine(ind.Id, ind.NameRu, value?.Plan, value?.Value, value?.Outcome, note,
                tolerances.TryGetValue(ind.Id, out var own) && own is { } t ? t : fallback);
        }).ToList();
        var plans = new PlanTableIndicatorSource().Read(store, scope, year).Generalized;
        var generalized = plans with { Note = "обобщённый показатель требует исходов по надёжности и техприсоединению; фактическое значение не рассчитывается" };
        return (lines, generalized);
    }

    /// <summary>
    /// Each criterion of the methodology for the scope and year, graded from its score (0…100 against its norm):
    /// 100 conforms; at least 100·(1 − tolerance) is partial; lower does not conform. No records, or fewer than the
    /// methodology's minimum n, is «нет данных» with what was counted — never a guessed status.
    /// </summary>
    public IReadOnlyList<RequirementResult> Criteria(AnalyticsStore store, ReportScope scope, int year, double partialTolerance)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        var level = scope.Level switch { "branch" => OrgLevel.Branch, "office" => OrgLevel.Office, _ => OrgLevel.Company };
        var service = new IndicatorService(store);
        service.Refresh();
        var set = service.Compute(new IndicatorQuery
        {
            Level = level, Granularity = Granularity.Year, From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 1),
        });
        var row = set.Rows.FirstOrDefault(r => level == OrgLevel.Company || r.UnitCode == scope.Code);
        var catalog = IndicatorCatalog.For(set.MethodologyId, set.MethodologyVersion, store);
        var results = row?.Indicators.SelectMany(i => i.Criteria).ToDictionary(c => c.CriterionId) ?? [];
        return catalog.Criteria.Select(c =>
        {
            var indicator = catalog.Indicators.First(i => i.Id == c.Indicator).NameRu;
            var requirement = c.Norm is { } norm ? $"{c.NameRu}; норматив {Show(c.Unit, norm)}" : c.NameRu;
            if (!results.TryGetValue(c.Id, out var r) || r.Value is not { } value || r.N == 0)
                return new RequirementResult(c.Source, requirement, indicator, "записей за год нет", Conformity.NoData, 0);
            var evidence = $"{Show(c.Unit, value)} (n = {Ru.N(r.N)}" +
                (r.Lower is { } lo && r.Upper is { } hi ? $"; 95 % ДИ {Show(c.Unit, lo)}…{Show(c.Unit, hi)})" : ")");
            if (r.Insufficient)
                return new RequirementResult(c.Source, requirement, indicator, evidence + "; недостаточно данных для оценки", Conformity.NoData, r.N);
            var status = r.Score switch
            {
                >= 100 => Conformity.Conforms,
                { } score when score >= 100 * (1 - partialTolerance) => Conformity.Partial,
                { } => Conformity.NotConforms,
                null => Conformity.NoData,
            };
            return new RequirementResult(c.Source, requirement, indicator, evidence, status, r.N);
        }).ToList();
    }

    private static Dictionary<string, double?> PlanTolerances(AnalyticsStore store, ReportScope scope, int year)
    {
        using var connection = store.Open();
        var code = scope.IsWholeStore
            ? Dapper.SqlMapper.QueryFirstOrDefault<string>(connection, "SELECT code FROM org_unit WHERE level = 'company' ORDER BY code") ?? ""
            : scope.Code;
        return Dapper.SqlMapper.Query<(string Target, double? Tolerance)>(connection,
                "SELECT target, tolerance FROM plan WHERE year = $year AND scope_code = $code", new { year, code })
            .GroupBy(p => p.Target).ToDictionary(g => g.Key, g => g.First().Tolerance);
    }

    // A criterion in its own unit: shares as percent, NPS as an index, waiting and handling means in minutes or seconds.
    private static string Show(string unit, double value) => unit switch
    {
        "index" => Ru.D(value, 0),
        "minutes" or "seconds" => Vocabulary.Numbers.Value(value, unit, Vocabulary.Labels.Russian),
        _ => Ru.Pct(value),
    };
}
