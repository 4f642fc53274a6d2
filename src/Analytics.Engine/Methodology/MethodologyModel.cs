using System.Text.Json.Serialization;

namespace Analytics.Engine.Methodology;

/// <summary>Standard mode (the company's own Standard) or Regulatory mode (the regulator's forms 2.1–2.3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MethodologyMode>))]
public enum MethodologyMode { Standard, Regulatory }

/// <summary>Which way is better: <c>Higher</c> (прямая) or <c>Lower</c> (обратная).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction { Higher, Lower }

/// <summary>Calendar or working days (working days follow the production calendar).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DayUnit>))]
public enum DayUnit { Calendar, Working }

/// <summary>
/// How a criterion value becomes a score in 0…100. <c>Ratio</c>: value/norm (higher) or norm/value (lower),
/// capped at 100. <c>Threshold</c>: 100 when the norm is met, else 0. <c>Linear</c>: 0 at <c>Zero</c>, 100 at the norm.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScoringRule>))]
public enum ScoringRule { Ratio, Threshold, Linear }

/// <summary>
/// A methodology: versioned data (a file under <c>data/methodology/</c>, loaded into the store) saying which
/// criteria make up each indicator, their norms, weights, directions, scoring and rounding. Every stored
/// result records the <see cref="Id"/> and <see cref="Version"/> that produced it.
/// </summary>
public sealed record MethodologyDocument
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required MethodologyMode Mode { get; init; }
    public required string NameRu { get; init; }
    public required string NameEn { get; init; }
    public string? BasedOn { get; init; }
    public string? Description { get; init; }
    /// <summary>Below this n a value is shown but flagged insufficient and left out of rankings (default 30).</summary>
    public int MinimumN { get; init; } = 30;
    public double Confidence { get; init; } = 0.95;
    /// <summary>Decimals results are rounded to when shown; null keeps full precision.</summary>
    public int? RoundDigits { get; init; } = 4;
    public PlanSettings Plan { get; init; } = new();
    public ComplianceNorms Norms { get; init; } = new();
    /// <summary>How the Declaration of Conformity grades requirements (a company setting, not a seed clause).</summary>
    public DeclarationSettings Declaration { get; init; } = new();
    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }
    public required IReadOnlyList<CriterionDefinition> Criteria { get; init; }
    /// <summary>Settings that stand in for rules not recovered from the regulation, with why each default was chosen.</summary>
    public IReadOnlyList<SettingNote> Assumptions { get; init; } = [];
    /// <summary>
    /// Regulatory mode: the Standard methodology whose criterion ids forms may name. Such answers are stored and
    /// counted under their Standard id but feed none of this methodology's indicators (forms 2.1–2.3 are the regulator's).
    /// </summary>
    public string? AcceptsCriteriaOf { get; init; }
}

/// <summary>One of the three indicators (or a regulatory form).</summary>
public sealed record IndicatorDefinition
{
    public required string Id { get; init; }
    public required string NameRu { get; init; }
    public required string NameEn { get; init; }
    public Direction Direction { get; init; } = Direction.Higher;
    public string? Form { get; init; }
    public string? Source { get; init; }
}

/// <summary>
/// A criterion: what is measured (<see cref="Measure"/>, one of <see cref="Indicators.MeasureCatalog"/>), its
/// norm and direction, its weight inside its indicator and the clause of the standard it comes from.
/// </summary>
public sealed record CriterionDefinition
{
    public required string Id { get; init; }
    public required string Indicator { get; init; }
    public required string NameRu { get; init; }
    public required string NameEn { get; init; }
    public required string Measure { get; init; }
    public string Unit { get; init; } = "share";
    public Direction Direction { get; init; } = Direction.Higher;
    public double? Norm { get; init; }
    public double Weight { get; init; } = 1;
    public ScoringRule Scoring { get; init; } = ScoringRule.Ratio;
    /// <summary>For <see cref="ScoringRule.Linear"/>: the value that scores 0.</summary>
    public double? Zero { get; init; }
    public required string Source { get; init; }
    /// <summary>Regulatory form row code (e.g. "2.3") when the methodology is in Regulatory mode.</summary>
    public string? Code { get; init; }
    /// <summary>True when <see cref="Direction"/> is a default reading rather than a published rule.</summary>
    public bool DirectionIsDefault { get; init; }
}

/// <summary>Plan-vs-fact settings: tolerance, outcome codes, generalized-indicator coefficients, trajectories.</summary>
public sealed record PlanSettings
{
    public double Tolerance { get; init; } = 0.30;
    public int OutcomeAchieved { get; init; }
    public int OutcomeNotAchieved { get; init; } = -1;
    public int OutcomeImproved { get; init; } = 1;
    public double TrajectoryFactor { get; init; } = 0.985;
    public string TrajectoryRounding { get; init; } = "none";
    public IReadOnlyList<GeneralizedCoefficient> Coefficients { get; init; } = [];
}

/// <summary>A coefficient of the generalized indicator Σ coefficientᵢ · outcomeᵢ.</summary>
public sealed record GeneralizedCoefficient(string Target, double Coefficient, string Source);

/// <summary>Norms compliance is checked against; defaults are the Standard's (see standard-digest §2).</summary>
public sealed record ComplianceNorms
{
    public IReadOnlyList<DeadlineNorm> Deadlines { get; init; } = [];
    public double QueueWaitMinutes { get; init; } = 20;
    public double ReceptionMinutes { get; init; } = 15;
    public double TotalMinutes { get; init; } = 35;
    public double CallAnswerSeconds { get; init; } = 40;
    /// <summary>
    /// Giving information on the phone (001 §2.2.4 «Предоставление информации специалистом — 5 мин.»; 002 §8.1.4 gives
    /// 5–10 min as an average): a mystery call's information time is judged against it (<c>timedBy.norm</c>).
    /// </summary>
    public double InformationMinutes { get; init; } = 5;
    public int DueSoonWorkingDays { get; init; } = 3;
    public int RepeatWindowWorkingDays { get; init; } = 30;
    /// <summary>Registration, classification and hand-over to a specialist: at most this many days after receipt (001 §2.2.4).</summary>
    public RegistrationNorm Registration { get; init; } = new();
    public string? Source { get; init; }
}

/// <summary>How long after receipt an appeal must be registered and handed over (001 §2.2.4 «В теч. 3-х дней»).</summary>
public sealed record RegistrationNorm
{
    public int Days { get; init; } = 3;
    public DayUnit Unit { get; init; } = DayUnit.Calendar;
    public string Source { get; init; } = "001 §2.2.4";
}

/// <summary>
/// The reply deadline for appeals of some channels and consumer type: <see cref="Days"/> in <see cref="Unit"/>
/// from registration, extendable once by at most <see cref="ExtensionDays"/>. "*" matches any value.
/// <see cref="Contact"/> narrows a norm to what the client left for the reply ("phone" or "address", 002 §8.1.3);
/// <see cref="CompanySetting"/> marks a number the seeds do not set (its source then says whose choice it is).
/// </summary>
public sealed record DeadlineNorm
{
    public required IReadOnlyList<string> Channels { get; init; }
    public string ConsumerType { get; init; } = "*";
    public string Contact { get; init; } = "*";
    public bool CompanySetting { get; init; }
    public required int Days { get; init; }
    public DayUnit Unit { get; init; } = DayUnit.Calendar;
    public int ExtensionDays { get; init; }
    public required string Source { get; init; }
}

/// <summary>
/// The Declaration's grading: a fact that misses its norm by at most <see cref="PartialTolerance"/> (relative, 0.10 =
/// 10 %) is «частично соответствует», a larger miss «не соответствует». The seeds grade nothing partially; the
/// number is the company's, listed among the methodology's assumptions, and moves with a copied methodology like
/// every norm (issue 14).
/// </summary>
public sealed record DeclarationSettings
{
    public double PartialTolerance { get; init; } = 0.10;
    public string Source { get; init; } = "Настройка компании (сиды не задают частичного соответствия)";
}

/// <summary>A setting that replaces an unrecovered rule: its name, default and why.</summary>
public sealed record SettingNote(string Setting, string Default, string Why);
