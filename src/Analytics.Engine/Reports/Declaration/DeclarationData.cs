using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Reports.Data;

namespace Analytics.Engine.Reports.Declaration;

/// <summary>Conformity of one requirement, as printed: соответствует / частично / не соответствует / нет данных.</summary>
public enum Conformity { Conforms, Partial, NotConforms, NoData }

/// <summary>One row of the conformity table: the requirement with its source clause, the evidence and the status.</summary>
public sealed record RequirementResult(string Clause, string Requirement, string Indicator, string Evidence, Conformity Status, long SampleSize);

/// <summary>
/// One of the three indicators (or the generalized one): plan, fact and outcome (−1, 0, +1) when known, and the
/// relative plan tolerance the outcome was judged with (0.30 = ±30 % of the plan).
/// </summary>
public sealed record IndicatorLine(string Code, string Name, double? Plan, double? Fact, int? Outcome, string Note, double? Tolerance = null);

/// <summary>A data source of the self-assessment and its sample size for the year.</summary>
public sealed record DataSource(string Name, string Description, long SampleSize);

/// <summary>An improvement measure from the corrective-action register (F12); <see cref="Overdue"/> at the year end.</summary>
public sealed record ImprovementMeasure(string Title, string Unit, string Owner, DateOnly Due, string Status, bool Overdue);

/// <summary>An office in the Declaration's scope.</summary>
public sealed record ScopeOffice(string Name, int? Category);

/// <summary>
/// Everything the Declaration of Conformity says, as data: gathered by <see cref="DeclarationBuilder"/> from the
/// store, laid out by <see cref="DeclarationLayout"/>. Keeping them apart means wiring the indicator engine or
/// the corrective-action register changes the builder only.
/// </summary>
public sealed record DeclarationData
{
    public required ReportScope Scope { get; init; }
    public required int Year { get; init; }
    public required DateOnly Date { get; init; }
    public required string SignatoryPosition { get; init; }
    public required string SignatoryName { get; init; }
    public required string StandardTitle { get; init; }
    public required string StandardVersion { get; init; }
    public required IReadOnlyList<ScopeOffice> Offices { get; init; }
    public required IReadOnlyList<string> Channels { get; init; }
    public required IReadOnlyList<DataSource> Sources { get; init; }
    public required IReadOnlyList<RequirementResult> Requirements { get; init; }
    /// <summary>The methodology's criteria graded from the indicator engine's results (empty without one).</summary>
    public IReadOnlyList<RequirementResult> Criteria { get; init; } = [];
    public required IReadOnlyList<IndicatorLine> Indicators { get; init; }
    public required IndicatorLine Generalized { get; init; }
    public required IReadOnlyList<ChartSpec> Trends { get; init; }
    /// <summary>Improvement programme: corrective actions opened or due in the year.</summary>
    public required IReadOnlyList<ImprovementMeasure> Programme { get; init; }
    public required ReportFacts Facts { get; init; }
    /// <summary>Per-branch appendix: the branch name and its monthly appeals chart (company scope only).</summary>
    public required IReadOnlyList<(string Branch, ChartSpec Chart, IReadOnlyList<OfficeWorkload> Offices)> Branches { get; init; }

    /// <summary>
    /// Calls answered within the methodology's answer norm and the calls offered comparable with it, re-timed as the
    /// indicators count them (CallsAtNorm): the figure of the phone requirement's evidence.
    /// </summary>
    public (long InNorm, long Comparable) CallsInNorm =>
        Annual.FactSections.PhoneTotal(Facts.Phone) is var t ? (t.AnsweredInNorm ?? 0, t.AnsweredWithNorm ?? 0) : default;

    public IEnumerable<RequirementResult> NonConformities =>
        Requirements.Concat(Criteria).Where(r => r.Status is Conformity.Partial or Conformity.NotConforms);
}
