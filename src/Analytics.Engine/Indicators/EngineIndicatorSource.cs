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
        var lines = catalog.Indicators.Select(ind =>
        {
            var value = row?.Indicators.FirstOrDefault(i => i.IndicatorId == ind.Id);
            var note = value?.Value is null
                ? "нет данных за период"
                : $"методика {set.MethodologyId} v{set.MethodologyVersion}; n = {value.N}; 95 % ДИ {value.Lower:0.000}…{value.Upper:0.000}; охват {value.Coverage:P0}";
            return new IndicatorLine(ind.Id, ind.NameRu, value?.Plan, value?.Value, value?.Outcome, note);
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

    private static string Show(string unit, double value) => unit == "index" ? Ru.D(value, 0) : Ru.Pct(value);
}
