using System.Text.Json.Serialization;
using Analytics.Engine.Methodology;

namespace Analytics.Engine.Indicators;

/// <summary>Company, branch or office.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrgLevel>))]
public enum OrgLevel { Company, Branch, Office }

/// <summary>Month, quarter or year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Granularity>))]
public enum Granularity { Month, Quarter, Year }

/// <summary>What to compute: months [From, To] (first days of months), level, granularity, methodology.</summary>
public sealed record IndicatorQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public OrgLevel Level { get; init; } = OrgLevel.Branch;
    public Granularity Granularity { get; init; } = Granularity.Month;
    public string? MethodologyId { get; init; }
    public int? MethodologyVersion { get; init; }
}

/// <summary>
/// One criterion for one unit and period: value (share 0…1, percent, index or as entered), n, 95 % interval,
/// coverage (months of the period with data / months of the period), score 0…100, the norm it was scored
/// against and the insufficient-data flag (n below the methodology's minimum). Regulatory mode adds Ф, П, Ф/П×100.
/// <see cref="Note"/> says, in Russian, which data was left out and why (e.g. interval statistics not comparable with the norm).
/// </summary>
public sealed record CriterionResult(
    string CriterionId, string Indicator, double? Value, long N, double? Lower, double? Upper, double Coverage,
    double? Score, double? Norm, bool Insufficient, double? Mean = null, double? Plan = null, double? RatioPercent = null,
    Direction Dependency = Direction.Higher, string? Note = null);

/// <summary>
/// One indicator for one unit and period: value = Σ w·score / Σ w / 100 (share of full marks, 0…1) over scored criteria, its envelope
/// (criteria at their interval bounds), coverage = scored weight / all weight, n = Σ criterion n; plan and outcome
/// code when the plan table has a plan for this indicator, with the tolerance the outcome was judged by (the plan row's
/// or the methodology's), so the outcome can be told in words.
/// </summary>
public sealed record IndicatorValue(
    string IndicatorId, double? Value, long N, double? Lower, double? Upper, double Coverage,
    IReadOnlyList<CriterionResult> Criteria, double? Plan = null, int? Outcome = null, double? Tolerance = null);

/// <summary>Results of one unit in one period.</summary>
public sealed record UnitPeriodResult(
    OrgLevel Level, string UnitCode, string UnitName, Granularity Granularity, DateOnly PeriodStart, string Period,
    IReadOnlyList<IndicatorValue> Indicators);

/// <summary>A computed set, with the methodology version that produced it.</summary>
public sealed record IndicatorResultSet(
    string MethodologyId, int MethodologyVersion, MethodologyMode Mode, OrgLevel Level, Granularity Granularity,
    DateOnly? From, DateOnly? To, IReadOnlyList<UnitPeriodResult> Rows);

/// <summary>Period arithmetic shared by SQL callers and the rollup.</summary>
public static class Periods
{
    /// <summary>The first day of the period containing <paramref name="month"/>.</summary>
    public static DateOnly Start(DateOnly month, Granularity g) => g switch
    {
        Granularity.Year => new DateOnly(month.Year, 1, 1),
        Granularity.Quarter => new DateOnly(month.Year, (month.Month - 1) / 3 * 3 + 1, 1),
        _ => new DateOnly(month.Year, month.Month, 1),
    };

    public static int Months(Granularity g) => g switch { Granularity.Year => 12, Granularity.Quarter => 3, _ => 1 };

    /// <summary>"2025-03", "2025-Q1" or "2025".</summary>
    public static string Label(DateOnly start, Granularity g) => g switch
    {
        Granularity.Year => $"{start.Year}",
        Granularity.Quarter => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}",
        _ => $"{start.Year}-{start.Month:00}",
    };
}
